"""偏导数、梯度与链式法则：手推公式，再用数值梯度核对

f(x, y) = (x - 3)² + 2(y + 1)²，∂f/∂x = 2(x - 3)，∂f/∂y = 4(y + 1)。
单样本损失 ℓ(w, b) = (wx + b - y)²，链式法则给出 ∂ℓ/∂w = 2r·x，∂ℓ/∂b = 2r，其中 r = wx + b - y。
"""
import numpy as np

np.set_printoptions(precision=4, suppress=True)


def numerical_grad(f, p, h=1e-5):
    """对每个分量做中心差分，其余分量固定不动：这就是「偏」导数。"""
    p = np.asarray(p, dtype=float)
    grad = np.zeros_like(p)
    for i in range(p.size):
        step = np.zeros_like(p)
        step[i] = h
        grad[i] = (f(p + step) - f(p - step)) / (2 * h)
    return grad


def f(p):
    x, y = p
    return (x - 3) ** 2 + 2 * (y + 1) ** 2


def grad_f(p):
    x, y = p
    return np.array([2 * (x - 3), 4 * (y + 1)])


# 1. 偏导数与梯度：公式 vs 数值
p0 = np.array([0.0, 1.0])
g = grad_f(p0)
print(f"点 (0, 1)：f = {f(p0):.4f}")
print("公式梯度 ∇f =", g, "  数值梯度 =", numerical_grad(f, p0))
print(f"梯度的长度 |∇f| = {np.linalg.norm(g):.4f}")

# 2. 哪个方向下降最快？把 360 个单位方向 u 都试一遍，方向导数 = ∇f · u
angles = np.deg2rad(np.arange(360))
units = np.stack([np.cos(angles), np.sin(angles)], axis=1)   # (360, 2)
slopes = units @ g                                            # 每个方向的变化率
best = np.argmin(slopes)
neg_dir = -g / np.linalg.norm(g)
print(f"下降最快的方向：{np.rad2deg(angles[best]):.0f} 度，变化率 {slopes[best]:.4f}")
print(f"负梯度方向 -∇f/|∇f| = {neg_dir}，"
      f"角度 {np.rad2deg(np.arctan2(neg_dir[1], neg_dir[0])) % 360:.2f} 度")
for name, u in [("负梯度方向", neg_dir), ("-x 方向", np.array([-1.0, 0.0])),
                ("-y 方向", np.array([0.0, -1.0])), ("正梯度方向", -neg_dir)]:
    print(f"  沿 {name} 走 0.01：f 从 {f(p0):.4f} 变成 {f(p0 + 0.01 * u):.4f}")

# 3. 一元链式法则：h(x) = ln(1 + x²)，外层 ln u，内层 u = 1 + x²
x = 2.0
chain = (1 / (1 + x**2)) * (2 * x)          # 外层导数（在内层的值处）× 内层导数
num = (np.log(1 + (x + 1e-5) ** 2) - np.log(1 + (x - 1e-5) ** 2)) / 2e-5
print(f"\nh(x) = ln(1 + x²) 在 x = 2：链式法则 {chain:.6f}，数值 {num:.6f}")

# 4. 单样本平方损失 ℓ(w, b) = (wx + b - y)²
x_s, y_s = 2.0, 7.0


def loss(theta):
    w, b = theta
    return (w * x_s + b - y_s) ** 2


theta = np.array([1.0, 0.5])
r = theta[0] * x_s + theta[1] - y_s          # 残差 r = wx + b - y
analytic = np.array([2 * r * x_s, 2 * r])    # (∂ℓ/∂w, ∂ℓ/∂b)
print(f"x = {x_s}, y = {y_s}, w = {theta[0]}, b = {theta[1]}：r = {r}，ℓ = {loss(theta):.4f}")
print("链式法则 (∂ℓ/∂w, ∂ℓ/∂b) =", analytic, "  数值 =", numerical_grad(loss, theta))
new = theta - 0.05 * analytic                # 沿负梯度走一小步，学习率 0.05
print(f"走一步（学习率 0.05）：w, b = {new}，ℓ 从 {loss(theta):.4f} 降到 {loss(new):.4f}")
