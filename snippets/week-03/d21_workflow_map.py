"""一页纸看懂机器学习的完整流程：数据 → 划分 → 特征 → 模型 → 交叉验证 → 测试 → 部署

每个方框是一步，方框下面的小字是这一步的要点和在哪几天学过。
虚线箭头表示「交叉验证不满意，就回到特征和模型重新来」；测试之后不许再回头。
"""
import matplotlib.pyplot as plt
from matplotlib.patches import FancyBboxPatch

steps = [  # (标题, 这一步的要点, 在哪几天学)
    ("① 数据", "pandas 看形状\n和类别比例", "第 15–20 天"),
    ("② 划分", "分层抽样\n测试集锁起来", "第 16 天"),
    ("③ 特征", "标准化\n只在训练部分拟合", "第 16、18 天"),
    ("④ 模型", "六种算法\n先跑一个基线", "第 16–19 天"),
    ("⑤ 交叉验证", "比算法、调超参数\n看均值 ± 标准差", "第 18、20 天"),
    ("⑥ 测试", "重训后只测一次\n报告各项指标", "第 17、20 天"),
    ("⑦ 部署", "保存整条流水线\n监控新数据", "第 87 天"),
]
# 蛇形排布：上排 ①→④ 从左到右，下排 ⑤→⑦ 从右到左
pos = [(0.5, 2.5), (2.0, 2.5), (3.5, 2.5), (5.0, 2.5), (5.0, 0.75), (3.5, 0.75), (2.0, 0.75)]
w, h = 1.3, 0.5

fig, ax = plt.subplots(figsize=(6, 3.5))
ax.set_xlim(-0.3, 6.0)
ax.set_ylim(-0.3, 2.85)
ax.axis("off")
for (title, detail, day), (x, y) in zip(steps, pos):
    color = "tab:red" if title.startswith("⑥") else "tab:blue"
    ax.add_patch(FancyBboxPatch((x - w / 2, y - h / 2 + 0.12), w, h - 0.12, boxstyle="round,pad=0.02",
                                facecolor=color, alpha=0.15, edgecolor=color))
    ax.text(x, y + 0.13, title, ha="center", va="center", fontsize=10, weight="bold")
    ax.text(x, y - 0.38, detail, ha="center", va="center", fontsize=7.5, linespacing=1.3)
    ax.text(x, y - 0.74, day, ha="center", va="center", fontsize=7.5, color="gray")

arrow = dict(arrowstyle="->", color="black", lw=1)
for a, b in zip(range(6), range(1, 7)):
    (x0, y0), (x1, y1) = pos[a], pos[b]
    if y0 == y1:  # 同一排：水平箭头
        d = 1 if x1 > x0 else -1
        ax.annotate("", xy=(x1 - d * w / 2, y1 + 0.13), xytext=(x0 + d * w / 2, y0 + 0.13), arrowprops=arrow)
    else:         # ④ → ⑤：向下拐到下一排
        ax.annotate("", xy=(x1 + w / 2 + 0.05, y1 + 0.13), xytext=(x0 + w / 2 + 0.05, y0 + 0.13),
                    arrowprops=dict(arrowstyle="->", color="black", lw=1, connectionstyle="arc,angleA=0,angleB=0,armA=10,armB=10,rad=5"))
# 交叉验证不满意：回到特征 / 模型（虚线）
ax.annotate("", xy=(3.95, 1.55), xytext=(4.75, 1.02),
            arrowprops=dict(arrowstyle="->", color="tab:orange", lw=1.2, linestyle="--", connectionstyle="arc3,rad=-0.25"))
ax.text(3.85, 1.2, "不满意就回去改\n（可反复多次）", fontsize=7.5, color="tab:orange", ha="right", va="center")
ax.text(0.5, 0.6, "测试集只用一次：\n看过测试成绩再回头改，\n测试成绩就不再可信", fontsize=7.5,
        color="tab:red", ha="center", va="center", linespacing=1.4)
ax.set_title("机器学习的完整流程（第 3 周知识地图）", fontsize=10)
plt.show()

print("步骤 | 在哪几天学 | 要点")
for title, detail, day in steps:
    print(f"{title} | {day} | {detail.replace(chr(10), '，')}")
