"""2×2 矩阵的特征值与特征向量：先手算，再用 np.linalg.eig 验证

A = [[4, 1], [2, 3]]。特征多项式 det(A - λI) = λ² - 7λ + 10 = (λ - 5)(λ - 2)，
所以特征值是 5 和 2，手算的特征向量是 (1, 1) 和 (1, -2)。
"""
import matplotlib.pyplot as plt
import numpy as np

np.set_printoptions(precision=4, suppress=True)
A = np.array([[4.0, 1.0],
              [2.0, 3.0]])

# 手算：λ² - (a + d)λ + (ad - bc) = 0，用求根公式
tr, det = A[0, 0] + A[1, 1], A[0, 0] * A[1, 1] - A[0, 1] * A[1, 0]
disc = tr**2 - 4 * det
print(f"迹 a+d = {tr:.0f}，行列式 ad-bc = {det:.0f}，判别式 = {disc:.0f}")
lam_hand = [(tr + np.sqrt(disc)) / 2, (tr - np.sqrt(disc)) / 2]
print(f"手算特征值: λ1 = {lam_hand[0]:.0f}, λ2 = {lam_hand[1]:.0f}")
for lam, v in zip(lam_hand, [np.array([1.0, 1.0]), np.array([1.0, -2.0])]):
    print(f"  λ = {lam:.0f}: v = {v}, Av = {A @ v}, λv = {lam * v}")

# NumPy：返回特征值数组和一个矩阵，矩阵的第 i 列是第 i 个特征向量（已缩放成长度 1）
vals, vecs = np.linalg.eig(A)
print("np.linalg.eig 特征值:", vals)
print("特征向量（按列）:\n", vecs)
for i in range(2):
    v = vecs[:, i]
    print(f"  第 {i} 列: |v| = {np.linalg.norm(v):.4f}，"
          f"Av = λv ? {np.allclose(A @ v, vals[i] * v)}，v / v[0] = {v / v[0]}")
print(f"特征值之和 {vals.sum():.4f} = 迹，之积 {vals.prod():.4f} = 行列式")

# 特征分解：A = V Λ V⁻¹；于是 A 的 10 次方只需把特征值各自做 10 次方
V, Lam = vecs, np.diag(vals)
print("V Λ V⁻¹ 还原 A ?", np.allclose(V @ Lam @ np.linalg.inv(V), A))
A10 = V @ np.diag(vals**10) @ np.linalg.inv(V)
print("A^10 两种算法一致 ?", np.allclose(A10, np.linalg.matrix_power(A, 10)))

# 旋转 90 度：没有方向能保持不变，特征值是复数 ±i
print("旋转 90° 的特征值:", np.linalg.eigvals(np.array([[0.0, -1.0], [1.0, 0.0]])))

# 画图：单位圆被 A 变成椭圆；一般的向量被转了方向，特征向量只被拉长
t = np.linspace(0, 2 * np.pi, 200)
circle = np.column_stack([np.cos(t), np.sin(t)])
ellipse = circle @ A.T
fig, ax = plt.subplots(figsize=(6, 4.5), layout="constrained")
ax.plot(circle[:, 0], circle[:, 1], color="gray", lw=1, label="单位圆")
ax.plot(ellipse[:, 0], ellipse[:, 1], color="tab:orange", lw=1.2, label="单位圆经 A 变换后")
x = np.array([1.0, 0.0])
arrows = [(x, "gray", "x"), (A @ x, "gray", "Ax"),
          (vecs[:, 0], "tab:blue", "v1"), (A @ vecs[:, 0], "tab:blue", "Av1 = 5v1"),
          (vecs[:, 1], "tab:green", "v2"), (A @ vecs[:, 1], "tab:green", "Av2 = 2v2")]
for vec, color, name in arrows:
    ax.quiver(0, 0, vec[0], vec[1], angles="xy", scale_units="xy", scale=1, color=color, width=0.008)
    ax.annotate(name, xy=vec, xytext=(-20, 4) if name == "v1" else (4, 4),
                textcoords="offset points", color=color)
for i, color in enumerate(["tab:blue", "tab:green"]):   # 特征向量所在的直线
    d = vecs[:, i] * 6
    ax.plot([-d[0], d[0]], [-d[1], d[1]], color=color, ls="--", lw=0.8)
ax.set_xlim(-5, 5)
ax.set_ylim(-4, 4.6)
ax.set_aspect("equal")
ax.axhline(0, color="black", lw=0.5)
ax.axvline(0, color="black", lw=0.5)
ax.set_title("特征向量：被 A 作用后仍在原来的直线上")
ax.legend(loc="lower right", fontsize=8)
plt.show()
