"""三种基本的线性变换：旋转、缩放、剪切，以及它们的复合

每个 2×2 矩阵的两列，就是 e1 = (1, 0) 和 e2 = (0, 1) 被送到的位置。
点按行存成 (k, 2) 的数组 P 时，变换所有点写成 P @ M.T（见第 4 天）。
"""
import matplotlib.pyplot as plt
import numpy as np

np.set_printoptions(precision=4, suppress=True)

theta = np.deg2rad(30)                        # 逆时针转 30 度
R = np.array([[np.cos(theta), -np.sin(theta)],
              [np.sin(theta), np.cos(theta)]])
S = np.array([[2.0, 0.0],
              [0.0, 0.75]])                   # 横向拉长为 2 倍，纵向压到 0.75 倍
H = np.array([[1.0, 1.0],
              [0.0, 1.0]])                    # 水平剪切：点右移的距离 = 它的纵坐标

for name, M in [("旋转 R", R), ("缩放 S", S), ("剪切 H", H)]:
    det = np.linalg.det(M)
    print(f"{name}: 第 1 列 {M[:, 0]}  第 2 列 {M[:, 1]}  det = {det:.4f}")

# 线性的两条性质：M(u + v) = Mu + Mv，M(c u) = c (M u)
u, v, c = np.array([1.0, 2.0]), np.array([-3.0, 0.5]), 2.5
print("H(u+v) == Hu+Hv ?", np.allclose(H @ (u + v), H @ u + H @ v))
print("H(c u) == c(H u) ?", np.allclose(H @ (c * u), c * (H @ u)))

# 复合：先旋转再缩放是 S @ R（右边的矩阵先作用），顺序换了结果就不同
print("S @ R（先转后缩）=\n", S @ R)
print("R @ S（先缩后转）=\n", R @ S)
print("两者相同吗？", np.allclose(S @ R, R @ S))

square = np.array([[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]], dtype=float)
panels = [("旋转 30°", R), ("缩放 (2, 0.75)", S), ("剪切", H),
          ("先转后缩 S·R", S @ R)]
fig, axes = plt.subplots(2, 2, figsize=(6, 5.2), layout="constrained")
for ax, (title, M) in zip(axes.ravel(), panels):
    ax.fill(square[:, 0], square[:, 1], color="gray", alpha=0.25)   # 原来的正方形
    moved = square @ M.T
    ax.fill(moved[:, 0], moved[:, 1], color="tab:orange", alpha=0.45)
    ax.plot(moved[:, 0], moved[:, 1], color="tab:orange", lw=1.5)
    for col, color, name in [(0, "tab:blue", "Me1"), (1, "tab:green", "Me2")]:
        x, y = M[:, col]
        ax.quiver(0, 0, x, y, angles="xy", scale_units="xy", scale=1, color=color, width=0.02)
        ax.annotate(name, xy=(x, y), xytext=(3, 3), textcoords="offset points", color=color)
    ax.set_xlim(-1, 2.5)
    ax.set_ylim(-0.5, 2.2)
    ax.set_aspect("equal")
    ax.axhline(0, color="black", lw=0.6)
    ax.axvline(0, color="black", lw=0.6)
    ax.set_title(f"{title}，面积 {abs(np.linalg.det(M)):.2f}")
plt.show()
