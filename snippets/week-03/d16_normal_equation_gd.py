"""从零实现线性回归：正规方程与梯度下降得到同一组参数

先用 3 个点核对手算结果，再在糖尿病（diabetes）数据集上比较两种解法。
损失用均方误差 L = mean((Xw + b - y)^2)，梯度为 (2/n) Xᵀ(Xw + b - y)。
"""
import matplotlib.pyplot as plt
import numpy as np
from sklearn.datasets import load_diabetes
from sklearn.model_selection import train_test_split

np.set_printoptions(precision=4, suppress=True)


def normal_equation(X, y):
    """在 X 右边补一列 1（对应偏置 b），解 (AᵀA)θ = Aᵀy。"""
    A = np.c_[X, np.ones(len(X))]
    theta = np.linalg.solve(A.T @ A, A.T @ y)  # 解方程组，比先求逆更稳
    return theta[:-1], theta[-1]


def gradient_descent(X, y, lr=0.1, steps=10_000, target=None):
    n, d = X.shape
    w, b = np.zeros(d), 0.0
    history, dist = [], []
    for _ in range(steps):
        r = X @ w + b - y              # 残差：预测减真实
        history.append(np.mean(r ** 2))
        if target is not None:         # 记录与正规方程解的欧氏距离，只为画图
            dist.append(np.linalg.norm(np.r_[w, b] - target))
        w -= lr * (2 / n) * (X.T @ r)  # ∂L/∂w
        b -= lr * 2 * np.mean(r)       # ∂L/∂b
    return w, b, np.array(history), np.array(dist)


# 1) 三个点的小例子：手算得 w = 1.5，b = -1/3
x_toy = np.array([[1.0], [2.0], [3.0]])
y_toy = np.array([1.0, 3.0, 4.0])
w_toy, b_toy = normal_equation(x_toy, y_toy)
print(f"三个点：w = {w_toy[0]:.4f}, b = {b_toy:.4f}")

# 2) 糖尿病数据集：442 个病人，10 个特征，目标是一年后的病情指标
X, y = load_diabetes(return_X_y=True)
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=0)
mu, sigma = X_train.mean(axis=0), X_train.std(axis=0)  # 只用训练集的统计量
Z_train = (X_train - mu) / sigma                        # 特征标准化
print("训练集形状:", Z_train.shape, " 测试集形状:", X_test.shape)

w_ne, b_ne = normal_equation(Z_train, y_train)
w_gd, b_gd, hist, dist = gradient_descent(Z_train, y_train, target=np.r_[w_ne, b_ne])
print("正规方程 w:", w_ne, f" b = {b_ne:.4f}")
print("梯度下降 w:", w_gd, f" b = {b_gd:.4f}")
print(f"两者参数最大差: {np.max(np.abs(np.r_[w_ne - w_gd, b_ne - b_gd])):.2e}")
for step in [0, 10, 100, 1000, 9999]:
    print(f"  第 {step:>5} 步  训练 MSE = {hist[step]:10.2f}  参数距离 = {dist[step]:.2e}")
mse_ne = np.mean((Z_train @ w_ne + b_ne - y_train) ** 2)
print(f"正规方程的训练 MSE = {mse_ne:.2f}")

gap_loss = hist - mse_ne  # 损失离最小值还差多少
fig, ax = plt.subplots(figsize=(6, 3.5))
steps = np.arange(1, len(hist) + 1)
ax.plot(steps, gap_loss, color="tab:blue", label="训练 MSE − 最小 MSE")
ax.plot(steps, dist, color="tab:orange", label="参数到正规方程解的距离")
ax.set_xscale("log")
ax.set_yscale("log")
ax.set_ylim(1e-8, 1e5)  # 再往下就碰到浮点数的精度极限了
ax.set_xlabel("迭代步数（对数刻度）")
ax.set_ylabel("与最优解的差距（对数刻度）")
ax.set_title("损失很快就几乎不降了，参数还要走很久")
ax.legend()
plt.show()
