"""手算一个 2-2-1 小网络：前向传播、反向传播与有限差分梯度检验

网络：z1 = W1·x + b1，h = σ(z1)，z2 = w2·h + b2，p = σ(z2)，损失 L = −[y·ln p + (1 − y)·ln(1 − p)]。
"""
import numpy as np

np.set_printoptions(precision=4, suppress=True)


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


x, y = np.array([1.0, 0.5]), 1.0
params = {
    "W1": np.array([[0.2, -0.4], [0.3, 0.1]]),
    "b1": np.array([0.1, -0.1]),
    "w2": np.array([0.5, -0.6]),
    "b2": np.array(0.2),
}


def forward(P):
    z1 = P["W1"] @ x + P["b1"]
    h = sigmoid(z1)
    z2 = P["w2"] @ h + P["b2"]
    p = sigmoid(z2)
    loss = -(y * np.log(p) + (1 - y) * np.log(1 - p))
    return z1, h, z2, p, loss


def backward(P):
    z1, h, z2, p, loss = forward(P)
    dz2 = p - y                        # ∂L/∂z2：sigmoid + 交叉熵，第 17 天的 p − y
    dw2 = dz2 * h                      # z2 = w2·h + b2 → ∂z2/∂w2 = h
    db2 = dz2
    dh = dz2 * P["w2"]                 # ∂z2/∂h = w2
    dz1 = dh * h * (1 - h)             # 穿过 sigmoid：乘 σ'(z1) = h(1 − h)
    dW1 = np.outer(dz1, x)             # z1 = W1·x + b1 → ∂L/∂W1 = dz1 xᵀ
    db1 = dz1
    return {"W1": dW1, "b1": db1, "w2": dw2, "b2": db2}, (dz2, dh, dz1)


z1, h, z2, p, loss = forward(params)
print("前向：z1 =", z1, " h = σ(z1) =", h)
print(f"      z2 = {z2:.4f}  p = σ(z2) = {p:.4f}  L = −ln p = {loss:.4f}")
grads, (dz2, dh, dz1) = backward(params)
print(f"反向：∂L/∂z2 = p − y = {dz2:.4f}")
print("      ∂L/∂h = (p − y)·w2 =", dh)
print("      h(1 − h) =", h * (1 - h), " ∂L/∂z1 =", dz1)
for name, g in grads.items():
    print(f"      ∂L/∂{name} =", np.round(g, 4).tolist())

# 有限差分：每个参数分别加减 ε，看损失变化多少
eps = 1e-5
worst = 0.0
for name, value in params.items():
    numeric = np.zeros_like(value, dtype=float)
    for idx in np.ndindex(value.shape):
        plus = {k: v.copy() for k, v in params.items()}
        minus = {k: v.copy() for k, v in params.items()}
        plus[name][idx] += eps
        minus[name][idx] -= eps
        numeric[idx] = (forward(plus)[-1] - forward(minus)[-1]) / (2 * eps)
    diff = np.abs(numeric - grads[name]).max()
    rel = diff / (np.abs(numeric).max() + np.abs(grads[name]).max())
    worst = max(worst, rel)
    print(f"梯度检验 {name:<2}：最大绝对差 {diff:.1e}，相对误差 {rel:.1e}")
print(f"所有参数中最大的相对误差：{worst:.1e}（小于 1e-7 就说明反向传播写对了）")

# 沿负梯度走一步，损失应该下降
lr = 0.5
new = {k: params[k] - lr * grads[k] for k in params}
print(f"学习率 {lr} 走一步：损失 {loss:.4f} → {forward(new)[-1]:.4f}")
