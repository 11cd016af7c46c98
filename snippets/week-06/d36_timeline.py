"""语言模型大事年表：从 n-gram 到 GPT-3

事件等间距排开（年份并不等距），颜色区分三个阶段。
"""
import matplotlib.pyplot as plt

events = [  # (年份, 事件, 阶段)
    (1948, "香农用 n-gram\n近似英文", 0),
    (1997, "LSTM", 1),
    (2003, "神经概率\n语言模型", 1),
    (2010, "RNN\n语言模型", 1),
    (2013, "word2vec", 1),
    (2014, "seq2seq", 1),
    (2014, "注意力\n（Bahdanau）", 1),
    (2017, "Transformer", 2),
    (2018, "GPT", 2),
    (2018, "BERT", 2),
    (2019, "GPT-2", 2),
    (2019, "T5", 2),
    (2020, "GPT-3", 2),
]
colors = ["tab:gray", "tab:blue", "tab:red"]
names = ["统计语言模型", "神经网络与 RNN", "Transformer 与预训练"]

fig, ax = plt.subplots(figsize=(7, 3.6), layout="constrained")
ax.axhline(0, color="gray", linewidth=1)
for i, (year, text, era) in enumerate(events):
    h = 1.0 if i % 2 == 0 else -1.0
    ax.vlines(i, 0, h * 0.8, color=colors[era], linewidth=1.5)
    ax.plot(i, 0, "o", color=colors[era])
    ax.text(i, h * 0.85, text, ha="center", va="bottom" if h > 0 else "top", fontsize=8)
    ax.text(i, -0.12 if h > 0 else 0.12, str(year), ha="center", va="top" if h > 0 else "bottom", fontsize=7, color="dimgray")
for era, name in enumerate(names):
    ax.plot([], [], "o", color=colors[era], label=name)
ax.legend(loc="lower center", ncol=3, fontsize=8, frameon=False)
ax.set_ylim(-2.2, 1.8)
ax.set_xlim(-0.7, len(events) - 0.3)
ax.axis("off")
ax.set_title("语言模型大事年表（横轴按事件顺序等距，不按年份比例）", fontsize=10)
plt.show()
