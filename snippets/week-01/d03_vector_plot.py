"""把向量画成箭头：a + b 与余弦相似度用到的夹角

a = (3, 1)，b = (1, 2)。从原点出发画 a、b 和 a + b，虚线补出平行四边形，
再用一段圆弧标出 a 与 b 的夹角 θ。
"""
import math

import matplotlib.pyplot as plt
import numpy as np
from matplotlib.patches import Arc

a = np.array([3.0, 1.0])
b = np.array([1.0, 2.0])
s = a + b

cos = (a @ b) / (np.linalg.norm(a) * np.linalg.norm(b))
theta = math.degrees(math.acos(cos))
angle_a = math.degrees(math.atan2(a[1], a[0]))  # a 与 x 轴的夹角
angle_b = math.degrees(math.atan2(b[1], b[0]))  # b 与 x 轴的夹角
print(f"a + b = {s}")
print(f"a 的方向角 = {angle_a:.2f} 度，b 的方向角 = {angle_b:.2f} 度")
print(f"夹角 θ = {theta:.2f} 度，cos θ = {cos:.4f}")

fig, ax = plt.subplots(figsize=(6, 3.5), layout="constrained")
# quiver 的 angles/scale_units/scale 三个参数让箭头按真实坐标画，长度不被自动缩放
for vec, color, name in [(a, "tab:blue", "a = (3, 1)"),
                         (b, "tab:orange", "b = (1, 2)"),
                         (s, "tab:green", "a + b = (4, 3)")]:
    ax.quiver(0, 0, vec[0], vec[1], angles="xy", scale_units="xy", scale=1,
              color=color, width=0.012, label=name)

# 平行四边形的另外两条边：把 b 接在 a 的终点，把 a 接在 b 的终点
ax.plot([a[0], s[0]], [a[1], s[1]], "--", color="tab:orange", alpha=0.6)
ax.plot([b[0], s[0]], [b[1], s[1]], "--", color="tab:blue", alpha=0.6)

# 夹角 θ：以原点为圆心，从 a 的方向转到 b 的方向
ax.add_patch(Arc((0, 0), 1.6, 1.6, theta1=angle_a, theta2=angle_b, color="tab:red", lw=1.5))
ax.annotate(f"θ = {theta:.0f}°\ncos θ = {cos:.4f}", xy=(0.55, 0.55), xytext=(-0.2, 2.3),
            color="tab:red", arrowprops=dict(arrowstyle="->", color="tab:red"))

ax.set_xlim(-0.5, 4.5)
ax.set_ylim(-0.5, 3.5)
ax.set_aspect("equal")  # 横纵单位一样长，角度才画得准
ax.grid(True, alpha=0.3)
ax.axhline(0, color="gray", lw=0.8)
ax.axvline(0, color="gray", lw=0.8)
ax.set_xlabel("第 1 个分量")
ax.set_ylabel("第 2 个分量")
ax.set_title("向量加法（平行四边形）与夹角")
ax.legend(loc="lower right")
plt.show()
