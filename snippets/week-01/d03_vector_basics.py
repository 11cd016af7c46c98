"""向量的加法、数乘、点积、范数与余弦相似度

同一组运算分别用 Python 列表（逐个分量循环）和 NumPy 数组（整体运算）各算一遍，
数字与页面上的手算例子一致：a = (3, 1)，b = (1, 2)。
"""
import math

import numpy as np

np.set_printoptions(precision=4, suppress=True)

# ---- 1. Python 列表不是向量：+ 是拼接，* 是重复 ----
a_list = [3, 1]
b_list = [1, 2]
print("== Python 列表 ==")
print("a_list + b_list =", a_list + b_list, "  <- 拼接成 4 个元素")
print("a_list * 2      =", a_list * 2, "  <- 重复两遍")

# 想按向量的规则算，只能逐个分量写循环（第 2 天学过的 zip 和列表推导式）
sum_list = [x + y for x, y in zip(a_list, b_list)]
dot_list = sum(x * y for x, y in zip(a_list, b_list))
print("逐分量相加      =", sum_list)
print("逐分量乘再求和  =", dot_list)

# ---- 2. NumPy 数组：运算符直接作用在每个分量上 ----
a = np.array([3.0, 1.0])
b = np.array([1.0, 2.0])
print("== NumPy 数组 ==")
print("a =", a, " 形状 shape =", a.shape, " 类型 dtype =", a.dtype)
print("a + b =", a + b)
print("a - b =", a - b)
print("2 * a =", 2 * a)
print("a * b =", a * b, "  <- 逐分量相乘，还不是点积")

# ---- 3. 点积：三种写法，结果相同 ----
print("== 点积 ==")
print("np.sum(a * b) =", np.sum(a * b))
print("np.dot(a, b)  =", np.dot(a, b))
print("a @ b         =", a @ b)

# ---- 4. 范数（长度）与余弦相似度 ----
norm_a = np.linalg.norm(a)
norm_b = np.linalg.norm(b)
print("== 长度与夹角 ==")
print(f"‖a‖ = sqrt(a·a) = {math.sqrt(a @ a):.4f}，np.linalg.norm(a) = {norm_a:.4f}")
print(f"‖b‖ = {norm_b:.4f}")
print(f"‖(3, 4)‖ = {np.linalg.norm(np.array([3.0, 4.0])):.4f}")
cos = (a @ b) / (norm_a * norm_b)
print(f"cos θ = {a @ b:.0f} / ({norm_a:.4f} × {norm_b:.4f}) = {cos:.4f}")
print(f"θ = {math.degrees(math.acos(cos)):.2f} 度")

# 除以自己的长度得到单位向量：方向不变，长度变成 1
unit_a = a / norm_a
print("单位向量 a/‖a‖ =", unit_a, f" 长度 = {np.linalg.norm(unit_a):.4f}")
