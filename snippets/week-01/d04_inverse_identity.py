"""单位矩阵、2×2 逆矩阵公式与 np.linalg.inv

用公式 A⁻¹ = 1/(ad − bc) · [[d, −b], [−c, a]] 手工求逆，再和 NumPy 的结果对照，
验证 A A⁻¹ = I，最后看一个行列式为 0、没有逆的矩阵。
"""
import numpy as np

np.set_printoptions(precision=4, suppress=True)

A = np.array([[3.0, 1.0],
              [2.0, 2.0]])
I = np.eye(2)  # 2×2 单位矩阵
print("单位矩阵 I =")
print(I)
print("A @ I 等于 A 吗？", np.array_equal(A @ I, A))

# ---- 1. 用 2×2 公式求逆 ----
a, b = A[0]
c, d = A[1]
det = a * d - b * c
A_inv_formula = np.array([[d, -b],
                          [-c, a]]) / det
print(f"ad - bc = {a:.0f}×{d:.0f} - {b:.0f}×{c:.0f} = {det:.0f}")
print("公式算出的 A⁻¹ =")
print(A_inv_formula)

# ---- 2. 和 NumPy 对照，并检验 A A⁻¹ = I ----
A_inv = np.linalg.inv(A)
print("np.linalg.inv(A) =")
print(A_inv)
print("两者一致吗？", np.allclose(A_inv, A_inv_formula))
print("A @ A⁻¹ =")
print(A @ A_inv)

# ---- 3. 逆矩阵能“撤销”变换：先乘 A 再乘 A⁻¹，点回到原处 ----
x = np.array([1.0, 2.0])
y = A @ x
print("x =", x, " A x =", y, " A⁻¹ (A x) =", A_inv @ y)

# ---- 4. 行列式为 0 的矩阵没有逆 ----
S = np.array([[1.0, 2.0],
              [2.0, 4.0]])
print(f"S 的 ad - bc = {S[0, 0] * S[1, 1] - S[0, 1] * S[1, 0]:.0f}")
try:
    np.linalg.inv(S)
except np.linalg.LinAlgError as err:
    print("np.linalg.inv(S) 出错:", err)
