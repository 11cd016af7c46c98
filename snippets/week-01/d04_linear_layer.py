"""一批词元向量乘一个权重矩阵：线性层

X 的每一行是一个词元的向量（沿用第 3 天编造的 4 维玩具词向量），
W 把 4 维变成 2 维，b 是偏置。一次 X @ W + b 就算完一整批词元。
"""
import numpy as np

np.set_printoptions(precision=4, suppress=True)

tokens = ["猫", "鱼", "苹果"]
X = np.array([[4.0, 3.0, 0.0, 0.0],    # 猫（编造的词向量）
              [2.0, 1.0, 2.0, 0.0],    # 鱼
              [0.0, 0.0, 3.0, 4.0]])   # 苹果
W = np.array([[1.0, 0.0],              # 权重矩阵也是随手编的，真实模型里它是训练出来的
              [2.0, 0.0],
              [0.0, 1.0],
              [-1.0, 2.0]])
b = np.array([1.0, -1.0])              # 偏置：每个输出维度加一个常数

print("X.shape =", X.shape, " W.shape =", W.shape, " b.shape =", b.shape)

# ---- 1. 一次矩阵乘法 + 广播加偏置 ----
XW = X @ W
Y = XW + b          # (3, 2) + (2,)：b 被“复制”到每一行上再相加，这就是广播
print("X @ W，形状", XW.shape)
print(XW)
print("Y = X @ W + b，形状", Y.shape)
print(Y)

# ---- 2. 和逐个词元计算的结果一样 ----
for i, t in enumerate(tokens):
    y_i = X[i] @ W + b
    print(f"{t}: x @ W + b = {y_i}")
print("逐行计算与整批计算一致吗？", np.allclose(np.stack([X[i] @ W + b for i in range(3)]), Y))
print(f"Y[2, 1] = 0×0 + 0×0 + 3×1 + 4×2 + (-1) = {Y[2, 1]:.0f}")

# ---- 3. 一维数组、行向量、列向量 ----
x = X[0]
print(f"x = X[0] 的形状 {x.shape}，x.T 的形状 {x.T.shape}  <- 一维数组转置后不变")
print(f"x @ W 的形状 {(x @ W).shape}：一维数组乘矩阵，结果还是一维")
print(f"x.reshape(1, 4) 的形状 {x.reshape(1, 4).shape}，乘 W 得 {(x.reshape(1, 4) @ W).shape}")
print("x.reshape(4, 1) 的形状", x.reshape(4, 1).shape)
try:
    x.reshape(4, 1) @ W
except ValueError:
    print("x.reshape(4, 1) @ W 出错：(4, 1) 的列数 1 ≠ W 的行数 4")

# ---- 4. 真实大小：8 个词元，d_model = 768，变到 3072 维 ----
rng = np.random.default_rng(0)
X_big = rng.standard_normal((8, 768))
W_big = rng.standard_normal((768, 3072)) * 0.02
Y_big = X_big @ W_big
print(f"(8, 768) @ (768, 3072) -> {Y_big.shape}，乘法次数 = 8 × 3072 × 768 = {8 * 768 * 3072:,}")
