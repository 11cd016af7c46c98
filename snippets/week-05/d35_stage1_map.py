"""第一阶段五周的知识地图，以及它们怎样流向第二阶段的 Transformer

上排五个方框是五周，从左到右一周接一周；每个方框下面的小字是这一周最要紧的几样东西。
下面的长条是第二阶段（第 6–8 周），每条竖线上的标签写着这一周交给 Transformer 的“零件”。
"""
import matplotlib.pyplot as plt
from matplotlib.patches import FancyBboxPatch

weeks = [  # (标题, 要点, 交给第二阶段的零件)
    ("第 1–2 周\nPython 与数学", "向量、矩阵乘法\nSVD、概率\n导数与梯度", "Q = XW、点积\n概率分布"),
    ("第 3 周\n机器学习", "逻辑回归\n交叉熵、F1\n划分与验证", "损失与指标\n验证集"),
    ("第 4 周\n深度学习", "softmax\n反向传播\nPyTorch、LSTM", "训练循环\nRNN 的局限"),
    ("第 5 周\nNLP 基础", "分词、词向量\nTF-IDF 分类\nBIO 与 NER", "嵌入层\n词元与分词"),
]
xs = [0.75, 2.25, 3.75, 5.25]
w, h, top = 1.25, 1.45, 3.05

fig, ax = plt.subplots(figsize=(6, 3.5))
ax.set_xlim(0, 6)
ax.set_ylim(0, 3.3)
ax.axis("off")
for (title, detail, gift), x in zip(weeks, xs):
    ax.add_patch(FancyBboxPatch((x - w / 2, top - h), w, h, boxstyle="round,pad=0.02",
                                facecolor="tab:blue", alpha=0.13, edgecolor="tab:blue"))
    ax.text(x, top - 0.25, title, ha="center", va="center", fontsize=8.5, weight="bold", linespacing=1.2)
    ax.text(x, top - 0.95, detail, ha="center", va="center", fontsize=7.5, linespacing=1.35)
    # 竖线：这一周交给第二阶段的东西
    ax.annotate("", xy=(x, 0.72), xytext=(x, top - h - 0.03),
                arrowprops=dict(arrowstyle="->", color="tab:orange", lw=1.2))
    ax.text(x + 0.06, 1.12, gift, ha="left", va="center", fontsize=7, color="tab:orange", linespacing=1.3)
for x0, x1 in zip(xs[:-1], xs[1:]):  # 周与周之间的横向箭头
    ax.annotate("", xy=(x1 - w / 2 - 0.01, top - 0.25), xytext=(x0 + w / 2 + 0.01, top - 0.25),
                arrowprops=dict(arrowstyle="->", color="black", lw=1))
ax.add_patch(FancyBboxPatch((0.1, 0.12), 5.8, 0.58, boxstyle="round,pad=0.02",
                            facecolor="tab:red", alpha=0.12, edgecolor="tab:red"))
ax.text(3.0, 0.41, "第二阶段：自注意力 → 多头注意力 → 位置编码 → Transformer 块 → 预训练",
        ha="center", va="center", fontsize=8.5, weight="bold")
ax.set_title("第一阶段知识地图：从 Python 与数学到 NLP", fontsize=10)
plt.show()

print("周次 | 学了什么 | 第二阶段在哪里再用")
for title, detail, gift in weeks:
    print(f"{title.replace(chr(10), '：')} | {detail.replace(chr(10), '、')} | {gift.replace(chr(10), '、')}")
