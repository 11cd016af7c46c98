"""没有激活函数，两层等于一层；加一个隐藏层就能算异或

第一部分：随机的两层线性网络，与合并成的单层 W = W2·W1、b = W2·b1 + b2 逐个样本比较。
第二部分：异或问题。逻辑回归（单个神经元）分不开；手选权重的 2-2-1 网络全部分对。
"""
import matplotlib.pyplot as plt
import numpy as np
from sklearn.linear_model import LogisticRegression

np.set_printoptions(precision=4, suppress=True)
rng = np.random.default_rng(0)

# ---- 1. 两个线性层叠起来 ----
X = rng.normal(size=(5, 2))                           # 一批 5 个样本，每个 2 个特征：(batch, features)
W1, b1 = rng.normal(size=(3, 2)), rng.normal(size=3)  # 第 1 层：2 → 3，W1 的形状是 (输出, 输入)
W2, b2 = rng.normal(size=(1, 3)), rng.normal(size=1)  # 第 2 层：3 → 1
two_layers = (X @ W1.T + b1) @ W2.T + b2              # 逐层算
W, b = W2 @ W1, W2 @ b1 + b2                          # 合并成一层
one_layer = X @ W.T + b
print("合并后的 W =", W, " b =", b)
print(f"两层 vs 合并的一层，最大绝对差：{np.abs(two_layers - one_layer).max():.1e}")
with_relu = np.maximum(0, X @ W1.T + b1) @ W2.T + b2
print(f"中间加上 ReLU 后再比较，最大绝对差：{np.abs(with_relu - one_layer).max():.4f}")

# ---- 2. 异或 ----
X_xor = np.array([[0, 0], [0, 1], [1, 0], [1, 1]], dtype=float)
y_xor = np.array([0, 1, 1, 0])
logreg = LogisticRegression(C=1e6).fit(X_xor, y_xor)   # 几乎不加正则
print("\n逻辑回归在异或上的预测概率：", logreg.predict_proba(X_xor)[:, 1].round(4),
      " 准确率", logreg.score(X_xor, y_xor))


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


# 手选权重：h1 ≈ x1 OR x2，h2 ≈ x1 AND x2，输出 ≈ h1 AND NOT h2
W_h = np.array([[20.0, 20.0], [20.0, 20.0]])
b_h = np.array([-10.0, -30.0])
w_o, b_o = np.array([20.0, -20.0]), -10.0
H = sigmoid(X_xor @ W_h.T + b_h)
p = sigmoid(H @ w_o + b_o)
print("输入    隐藏层 (h1, h2)    输出概率  真实")
for x, h, pi, t in zip(X_xor, H, p, y_xor):
    print(f"{x.astype(int)}  ({h[0]:.4f}, {h[1]:.4f})   {pi:.4f}    {t}")

fig, (ax1, ax2) = plt.subplots(1, 2, figsize=(6.5, 3.2), layout="constrained")
colors = ["tab:blue" if t == 0 else "tab:red" for t in y_xor]
ax1.scatter(X_xor[:, 0], X_xor[:, 1], c=colors, s=120)
ax1.set_title("原始输入 (x1, x2)：一条直线分不开")
ax2.scatter(H[:, 0], H[:, 1], c=colors, s=120)
hh = np.linspace(-0.1, 1.1, 10)
ax2.plot(hh, hh - 0.5, "k--", lw=1)                  # 输出层的边界 20·h1 − 20·h2 − 10 = 0
ax2.set_title("隐藏层 (h1, h2)：虚线分开")
for ax, xl, yl in [(ax1, "x1", "x2"), (ax2, "h1（OR）", "h2（AND）")]:
    ax.set_xlim(-0.2, 1.2)
    ax.set_ylim(-0.2, 1.2)
    ax.set_xlabel(xl)
    ax.set_ylabel(yl)
plt.show()
