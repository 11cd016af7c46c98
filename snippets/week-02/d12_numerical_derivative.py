"""数值导数与解析导数：用有限差分核对求导公式

割线斜率 (f(x+h) - f(x)) / h 在 h → 0 时的极限就是导数。
先对三个函数比较公式和两种差分，再看步长 h 取多大合适。
"""
import math

import matplotlib.pyplot as plt
import numpy as np


def forward_diff(f, x, h):
    """前向差分：(f(x+h) - f(x)) / h"""
    return (f(x + h) - f(x)) / h


def central_diff(f, x, h):
    """中心差分：(f(x+h) - f(x-h)) / (2h)"""
    return (f(x + h) - f(x - h)) / (2 * h)


# 1. 三个函数：(名字, 函数, 用求导公式写出的导数, 求导点)
cases = [
    ("x³", lambda x: x**3, lambda x: 3 * x**2, 2.0),
    ("eˣ", math.exp, math.exp, 1.0),
    ("ln x", math.log, lambda x: 1 / x, 2.0),
]
h = 1e-4
print(f"步长 h = {h:g}")
print("函数  |  x  | 公式导数   | 前向差分   | 中心差分   | 前向误差  | 中心误差")
for name, f, df, x in cases:
    exact, fwd, cen = df(x), forward_diff(f, x, h), central_diff(f, x, h)
    print(f"{name:5} | {x:.0f}   | {exact:10.8f} | {fwd:10.8f} | {cen:10.8f} | "
          f"{abs(fwd - exact):.1e} | {abs(cen - exact):.1e}")

# 2. 步长 h 怎样影响误差：以 f(x) = x³ 在 x = 2 处为例（真值 12）
cube = cases[0][1]
print("\nf(x) = x³，x = 2，导数真值 12")
print("    h    | 前向差分误差 | 中心差分误差")
hs = [1e-1, 1e-2, 1e-3, 1e-5, 1e-8, 1e-11, 1e-13]
for h in hs:
    print(f"{h:8.0e} | {abs(forward_diff(cube, 2.0, h) - 12):.3e}    | "
          f"{abs(central_diff(cube, 2.0, h) - 12):.3e}")

# 3. 图：左边是割线逼近切线，右边是误差随 h 变化（双对数坐标）
fig, (ax1, ax2) = plt.subplots(1, 2, figsize=(6.4, 3.2), layout="constrained")
xs = np.linspace(0.5, 3.2, 200)
ax1.plot(xs, xs**3, color="black", label="f(x) = x³")
for h, color in [(1.0, "tab:orange"), (0.5, "tab:green")]:
    slope = forward_diff(cube, 2.0, h)
    ax1.plot(xs, 8 + slope * (xs - 2), "--", color=color, lw=1, label=f"割线 h={h}，斜率 {slope:.2f}")
ax1.plot(xs, 8 + 12 * (xs - 2), color="tab:red", lw=1.5, label="切线，斜率 12")
ax1.scatter([2], [8], color="tab:red", zorder=3)
ax1.set_ylim(-5, 30)
ax1.set_xlabel("x")
ax1.set_title("h 越小，割线越接近切线")
ax1.legend(fontsize=7, loc="upper left")

grid = np.logspace(-13, -1, 49)
ax2.loglog(grid, [abs(forward_diff(cube, 2.0, h) - 12) + 1e-16 for h in grid], "o-", ms=2, label="前向差分")
ax2.loglog(grid, [abs(central_diff(cube, 2.0, h) - 12) + 1e-16 for h in grid], "s-", ms=2, label="中心差分")
ax2.set_xlabel("步长 h（对数刻度）")
ax2.set_ylabel("误差（对数刻度）")
ax2.set_title("h 太大、太小都不准")
ax2.legend(fontsize=8)
plt.show()
