"""NumPy 广播：形状从右往左对齐，1 可以拉伸，不匹配就报错"""
import numpy as np

# 1. 列向量 (3,1) + 行向量 (4,)：两个数组都被"拉伸"，结果是 (3,4)
col = np.array([[0], [10], [20]])   # 形状 (3, 1)
row = np.array([1, 2, 3, 4])        # 形状 (4,)
table = col + row
print("col 形状:", col.shape, " row 形状:", row.shape, " -> 结果形状:", table.shape)
print(table)

# 2. 一批向量加同一个偏置：(4,3) + (3,) -> (4,3)，偏置加到每一行
X = np.arange(12).reshape(4, 3)     # 4 个样本，每个 3 维
bias = np.array([100, 200, 300])    # 形状 (3,)
print("X 形状:", X.shape, " bias 形状:", bias.shape, " -> X + bias 形状:", (X + bias).shape)
print("X + bias 的第 0 行:", X[0] + bias, "  第 3 行:", (X + bias)[3])

# 3. 只看形状、不做计算：np.broadcast_shapes 按规则推出结果形状
for a, b in [((6, 1), (1, 2)), ((2, 1, 4), (3, 1)), ((4, 3), ())]:
    print(f"{a} 与 {b} -> {np.broadcast_shapes(a, b)}")

# 4. 失败的例子：(2,3) + (2,)，最右边一维 3 对 2，既不相等也没有 1
M = np.ones((2, 3))
v = np.array([10.0, 20.0])          # 本意：第 0 行加 10，第 1 行加 20
try:
    M + v
except ValueError as err:
    print("报错 ValueError:", err)

# 修正：把 v 变成 (2,1) 的列，让它沿列方向拉伸
fixed = M + v[:, np.newaxis]
print("v[:, np.newaxis] 形状:", v[:, np.newaxis].shape, " -> 结果形状:", fixed.shape)
print(fixed)
