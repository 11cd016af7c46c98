"""sigmoid 与二元交叉熵：函数值、损失曲线和梯度 (p − y)x 的数值验证

σ(z) = 1 / (1 + e^(−z))；单个样本的损失 ℓ = −[y·log p + (1 − y)·log(1 − p)]，p = σ(wᵀx + b)。
"""
import matplotlib.pyplot as plt
import numpy as np

np.set_printoptions(precision=4, suppress=True)


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def bce(p, y):
    return -(y * np.log(p) + (1 - y) * np.log(1 - p))


z = np.array([-4.0, -2.0, 0.0, 2.0, 4.0])
print("z        :", z)
print("σ(z)     :", sigmoid(z))
print("σ(−z)    :", sigmoid(-z), " ← 等于 1 − σ(z)")
print("σ'(z)    :", sigmoid(z) * (1 - sigmoid(z)), " ← σ(z)(1 − σ(z))，最大 0.25")

print("\n真实 y = 1 时，不同预测概率 p 的损失 −log p：")
for p in [0.99, 0.9, 0.5, 0.1, 0.01]:
    print(f"  p = {p:<5}  损失 = {bce(p, 1):.4f}")

# 梯度验证：一个样本 x = (1, 2)，y = 1，参数 w = (0.5, 0.25)，b = 0
x = np.array([1.0, 2.0])
y = 1.0
w = np.array([0.5, 0.25])
b = 0.0


def loss(w, b):
    return bce(sigmoid(w @ x + b), y)


p = sigmoid(w @ x + b)
grad_formula = (p - y) * x
eps = 1e-6
grad_numeric = np.array([(loss(w + eps * e, b) - loss(w - eps * e, b)) / (2 * eps) for e in np.eye(2)])
print(f"\nz = wᵀx + b = {w @ x + b:.4f}，p = {p:.4f}，损失 = {loss(w, b):.4f}")
print("公式 (p − y)x :", grad_formula)
print("数值差分      :", grad_numeric)
print(f"∂ℓ/∂b：公式 {p - y:.4f}，数值 {(loss(w, b + eps) - loss(w, b - eps)) / (2 * eps):.4f}")

fig, (ax1, ax2) = plt.subplots(1, 2, figsize=(6, 3.5), layout="constrained")
zz = np.linspace(-8, 8, 300)
ax1.plot(zz, sigmoid(zz), color="tab:blue")
ax1.axhline(0.5, color="gray", linestyle=":")
ax1.axvline(0, color="gray", linestyle=":")
ax1.set_xlabel("z（= w·x + b）")
ax1.set_ylabel("σ(z)")
ax1.set_title("sigmoid：实数压到 (0, 1)")

pp = np.linspace(0.005, 0.995, 300)
ax2.plot(pp, bce(pp, 1), color="tab:red", label="y = 1：−log p")
ax2.plot(pp, bce(pp, 0), color="tab:green", label="y = 0：−log(1 − p)")
ax2.set_xlabel("预测概率 p")
ax2.set_ylabel("损失")
ax2.set_title("交叉熵：错得越自信罚得越重")
ax2.legend(fontsize=8)
plt.show()
