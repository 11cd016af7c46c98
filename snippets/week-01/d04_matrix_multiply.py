"""矩阵的形状、转置与矩阵乘法

用页面上的 2×3 矩阵 A 和 3×2 矩阵 B：先看形状和转置，再把 AB 的每个元素
按“第 i 行 · 第 j 列”的点积算出来，和 A @ B 对照；最后看 * 与 @ 的区别。
"""
import numpy as np

A = np.array([[1, 2, 0],
              [3, -1, 1]])
B = np.array([[2, 1],
              [0, 1],
              [1, 3]])

# ---- 1. 形状与转置 ----
print("A.shape =", A.shape, "  B.shape =", B.shape)
print("A[1, 0] =", A[1, 0], "  <- 第 2 行第 1 列（NumPy 下标从 0 开始）")
print("A 的转置 A.T，形状", A.T.shape)
print(A.T)

# ---- 2. 矩阵乘法：c_ij = 第 i 行与第 j 列的点积 ----
C = A @ B
print("C = A @ B，形状", C.shape)
print(C)
for i in range(A.shape[0]):
    for j in range(B.shape[1]):
        row, col = A[i, :], B[:, j]
        terms = " + ".join(f"{x}×{y}" if x >= 0 else f"({x})×{y}" for x, y in zip(row, col))
        print(f"c{i + 1}{j + 1} = A 第 {i + 1} 行 · B 第 {j + 1} 列 = {terms} = {row @ col}")

# ---- 3. 顺序不能换：BA 的形状都不一样 ----
print("B @ A，形状", (B @ A).shape)
print(B @ A)

# ---- 4. 形状对不上就不能乘 ----
try:
    A @ A
except ValueError as err:
    print("A @ A 出错（左边列数 3 ≠ 右边行数 2）:")
    print("  ", type(err).__name__, err)

# ---- 5. * 是逐元素乘法，@ 是矩阵乘法 ----
P = np.array([[1, 2],
              [3, 4]])
Q = np.array([[0, 1],
              [1, 0]])
print("P * Q（逐元素）=")
print(P * Q)
print("P @ Q（矩阵乘法）=")
print(P @ Q)
