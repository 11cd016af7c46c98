"""手写梯度下降：f(x, y) = (x - 3)² + 2(y + 1)² 的最小值与学习率的影响

更新规则 p ← p - η ∇f(p)，从 (-1, 2) 出发，最小值在 (3, -1)，f = 0。
比较 4 个学习率 η：太小、合适、偏大（来回震荡）、太大（发散）。
"""
import matplotlib.pyplot as plt
import numpy as np


def f(p):
    x, y = p
    return (x - 3) ** 2 + 2 * (y + 1) ** 2


def grad_f(p):
    x, y = p
    return np.array([2 * (x - 3), 4 * (y + 1)])


def gradient_descent(start, lr, steps):
    """返回形状为 (steps + 1, 2) 的轨迹：每一行是一步之后的位置。"""
    path = [np.array(start, dtype=float)]
    for _ in range(steps):
        p = path[-1]
        path.append(p - lr * grad_f(p))   # x 和 y 用同一个旧位置的梯度一起更新
    return np.array(path)


start, steps = (-1.0, 2.0), 20

# 1. η = 0.2 的前 3 步，可以和手算对照
path = gradient_descent(start, 0.2, steps)
print("η = 0.2 的前 3 步：")
for k in range(4):
    g = grad_f(path[k])
    print(f"  第 {k} 步：(x, y) = ({path[k, 0]:7.4f}, {path[k, 1]:7.4f})  "
          f"f = {f(path[k]):8.4f}  ∇f = ({g[0]:7.4f}, {g[1]:7.4f})")

# 2. 四个学习率各走 20 步
rates = {0.02: "太小", 0.2: "合适", 0.45: "偏大：震荡", 0.55: "太大：发散"}
paths = {lr: gradient_descent(start, lr, steps) for lr in rates}
print(f"\n从 {start} 出发走 {steps} 步（最小值在 (3, -1)，f = 0）：")
print("  η    | 每步 x-3 乘 | 每步 y+1 乘 | 终点 (x, y)           | 终点 f    | 说明")
for lr, note in rates.items():
    end = paths[lr][-1]
    print(f"  {lr:<4} | {1 - 2 * lr:+.2f}       | {1 - 4 * lr:+.2f}       | "
          f"({end[0]:8.4f}, {end[1]:9.4f}) | {f(end):.3e} | {note}")

# 3. 图一：等高线上的轨迹
xs, ys = np.meshgrid(np.linspace(-2, 6, 200), np.linspace(-7, 5, 200))
zs = (xs - 3) ** 2 + 2 * (ys + 1) ** 2
fig, axes = plt.subplots(2, 2, figsize=(6, 5.6), layout="constrained", sharex=True, sharey=True)
for ax, (lr, note) in zip(axes.flat, rates.items()):
    ax.contour(xs, ys, zs, levels=[0.5, 2, 5, 10, 20, 35, 55, 80], colors="gray", linewidths=0.6)
    pts = paths[lr][:9] if lr > 0.5 else paths[lr]   # 发散的只画前 8 步，后面早已飞出画面
    ax.plot(pts[:, 0], pts[:, 1], "o-", color="tab:blue", ms=3, lw=1)
    ax.plot(*start, "s", color="tab:orange", ms=6)
    ax.plot(3, -1, "*", color="tab:red", ms=10)
    ax.set_title(f"η = {lr}（{note}）", fontsize=10)
    ax.set_xlim(-2, 6)
    ax.set_ylim(-7, 5)
for ax in axes[1]:
    ax.set_xlabel("x")
for ax in axes[:, 0]:
    ax.set_ylabel("y")
fig.suptitle("梯度下降的轨迹（方块：起点，星号：最小值）")
plt.show()

# 4. 图二：f 随步数的变化（纵轴对数刻度）
fig, ax = plt.subplots(figsize=(6, 3.5), layout="constrained")
for lr, note in rates.items():
    ax.semilogy([f(p) for p in paths[lr]], "o-", ms=3, label=f"η = {lr}（{note}）")
ax.set_xlabel("步数")
ax.set_ylabel("f(x, y)（对数刻度）")
ax.set_title("学习率决定下降的快慢，甚至决定会不会下降")
ax.legend(fontsize=8)
ax.grid(alpha=0.3)
plt.show()
