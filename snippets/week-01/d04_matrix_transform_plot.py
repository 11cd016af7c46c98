"""矩阵是平面的变换：单位正方形和网格被 2×2 矩阵拉成平行四边形

M = [[3, 1], [2, 2]]。把平面上的点当作列向量 p，变换后的点是 M p。
点按行存成 (k, 2) 的数组 P 时，一次算完所有点要写成 P @ M.T。
"""
import matplotlib.pyplot as plt
import numpy as np

M = np.array([[3.0, 1.0],
              [2.0, 2.0]])

# 单位正方形的 4 个角（按行存放），首尾相接画成闭合图形
square = np.array([[0.0, 0.0], [1.0, 0.0], [1.0, 1.0], [0.0, 1.0], [0.0, 0.0]])
square_new = square @ M.T
print("正方形的角 -> 变换后")
for p, q in zip(square[:4], square_new[:4]):
    print(f"  {p} -> {q}")

e1, e2 = np.array([1.0, 0.0]), np.array([0.0, 1.0])
print("M e1 =", M @ e1, " <- 就是 M 的第 1 列")
print("M e2 =", M @ e2, " <- 就是 M 的第 2 列")
det = M[0, 0] * M[1, 1] - M[0, 1] * M[1, 0]
print(f"ad - bc = {det:.0f}：面积 1 的正方形变成面积 {abs(det):.0f} 的平行四边形")

fig, axes = plt.subplots(1, 2, figsize=(6, 3.5), layout="constrained")
ticks = np.linspace(-1, 2, 7)   # 网格线的位置
line = np.linspace(-1, 2, 50)   # 每条网格线上取 50 个点
for ax, T, title in [(axes[0], np.eye(2), "变换前"), (axes[1], M, "变换后：点 p 变成 M p")]:
    for t in ticks:
        for pts in (np.column_stack([line, np.full_like(line, t)]),   # 横线
                    np.column_stack([np.full_like(line, t), line])):  # 竖线
            moved = pts @ T.T
            ax.plot(moved[:, 0], moved[:, 1], color="gray", lw=0.6, alpha=0.5)
    sq = square @ T.T
    ax.fill(sq[:, 0], sq[:, 1], color="tab:orange", alpha=0.4)
    ax.plot(sq[:, 0], sq[:, 1], color="tab:orange", lw=1.5)
    for e, color, name in [(e1, "tab:blue", "e1"), (e2, "tab:green", "e2")]:
        v = T @ e
        ax.quiver(0, 0, v[0], v[1], angles="xy", scale_units="xy", scale=1, color=color, width=0.015)
        ax.annotate(f"{name}→({v[0]:.0f}, {v[1]:.0f})" if T is M else name,
                    xy=(v[0], v[1]), xytext=(4, 4), textcoords="offset points", color=color)
    ax.set_xlim(-1.5, 4.5)
    ax.set_ylim(-1.5, 4.5)
    ax.set_aspect("equal")
    ax.axhline(0, color="black", lw=0.8)
    ax.axvline(0, color="black", lw=0.8)
    ax.set_title(title)
plt.show()
