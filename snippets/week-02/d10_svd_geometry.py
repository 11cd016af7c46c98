"""奇异值分解 M = U Σ Vᵀ：旋转 → 拉伸 → 旋转

M = [[3, 1], [2, 2]] 是第 4 天把正方形拉成平行四边形的那个矩阵。
分三步作用在单位圆上：Vᵀ 先转一下，Σ 沿坐标轴拉伸，U 再转一下，结果与直接乘 M 相同。
"""
import matplotlib.pyplot as plt
import numpy as np

np.set_printoptions(precision=4, suppress=True)
M = np.array([[3.0, 1.0],
              [2.0, 2.0]])

U, S, Vt = np.linalg.svd(M)        # S 是奇异值组成的一维数组，从大到小排好
# 奇异向量的正负号不唯一：同时翻转 U 的第 i 列和 Vᵀ 的第 i 行，乘积不变。
# 下面两步只为让 U、Vᵀ 都成为转角较小的纯旋转（行列式 +1），图更好看。
if np.linalg.det(U) < 0:
    U[:, 1] *= -1
    Vt[1, :] *= -1
if U[0, 0] < 0:
    U, Vt = -U, -Vt
Sigma = np.diag(S)
print("U =\n", U)
print("奇异值 σ =", S)
print("Vᵀ =\n", Vt)
print("U Σ Vᵀ 还原 M ?", np.allclose(U @ Sigma @ Vt, M))
print("UᵀU = I ?", np.allclose(U.T @ U, np.eye(2)), "  VᵀV = I ?", np.allclose(Vt @ Vt.T, np.eye(2)))
for name, Q in [("Vᵀ", Vt), ("U", U)]:
    angle = np.degrees(np.arctan2(Q[1, 0], Q[0, 0]))
    print(f"{name} 是旋转矩阵：转 {angle:+.2f} 度（正数为逆时针），行列式 {np.linalg.det(Q):.4f}")
print(f"σ1·σ2 = {S.prod():.4f} = |det M|；特征值却是 {np.sort(np.linalg.eigvals(M))[::-1]}")
print("M 把 v1 送到 σ1·u1 ?", np.allclose(M @ Vt[0], S[0] * U[:, 0]))

# 不是方阵也能分解：5×3 的矩阵
B = np.arange(15.0).reshape(5, 3)
Ub, Sb, Vtb = np.linalg.svd(B, full_matrices=False)
print("5×3 矩阵：U", Ub.shape, " σ", Sb.shape, " Vᵀ", Vtb.shape, " σ =", Sb)
print("非零奇异值个数 = 秩 =", np.linalg.matrix_rank(B))

# 画图：单位圆和两个右奇异向量 v1、v2 一步步被变换
t = np.linspace(0, 2 * np.pi, 200)
pts = np.column_stack([np.cos(t), np.sin(t)])
arrows = Vt.copy()                  # 两行就是 v1、v2
steps = [("原来：单位圆", np.eye(2)), ("① 乘 V 的转置：旋转", Vt),
         ("② 乘 Σ：沿坐标轴拉伸", Sigma), ("③ 乘 U：再旋转 = M", U)]
fig, axes = plt.subplots(2, 2, figsize=(6, 5.6), layout="constrained")
for ax, (title, T) in zip(axes.ravel(), steps):
    pts = pts @ T.T
    arrows = arrows @ T.T
    ax.fill(pts[:, 0], pts[:, 1], color="tab:orange", alpha=0.3)
    ax.plot(pts[:, 0], pts[:, 1], color="tab:orange", lw=1)
    for vec, color, name in [(arrows[0], "tab:blue", "v1"), (arrows[1], "tab:green", "v2")]:
        ax.quiver(0, 0, vec[0], vec[1], angles="xy", scale_units="xy", scale=1, color=color, width=0.02)
        ax.annotate(name, xy=vec, xytext=(3, 3), textcoords="offset points", color=color)
    ax.set_xlim(-4.5, 4.5)
    ax.set_ylim(-3.5, 3.5)
    ax.set_aspect("equal")
    ax.axhline(0, color="black", lw=0.5)
    ax.axvline(0, color="black", lw=0.5)
    ax.set_title(title)
plt.show()
