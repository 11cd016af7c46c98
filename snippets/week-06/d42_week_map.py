"""第 6 周知识地图：仅解码器 Transformer 的前向传播与每一步的张量形状；原论文模型的参数账"""
import matplotlib.pyplot as plt
import torch
from torch import nn

B, n, d, h, V, N = 2, 24, 64, 4, 1304, 2
steps = [  # (步骤, 张量形状, 学在哪天)
    ("词元编号", f"({B}, {n})", "第 36 天"),
    ("词元嵌入 + 位置编码", f"({B}, {n}, {d})", "第 39 天"),
    ("LayerNorm", f"({B}, {n}, {d})", "第 40 天"),
    ("拆成 h 个头的 Q、K、V", f"({B}, {h}, {n}, {d // h})", "第 38 天"),
    ("缩放点积 + 因果掩码 → 权重", f"({B}, {h}, {n}, {n})", "第 37 天"),
    ("拼接 + W_O，加残差", f"({B}, {n}, {d})", "第 38、40 天"),
    ("LayerNorm → FFN 升维", f"({B}, {n}, {4 * d})", "第 40 天"),
    ("FFN 降维，加残差", f"({B}, {n}, {d})", "第 40 天"),
    ("最终 LayerNorm → 输出层", f"({B}, {n}, {V})", "第 40、41 天"),
]
for name, shape, day in steps:
    print(f"{name:<16} {shape:<16} {day}")

fig, ax = plt.subplots(figsize=(7, 6))
ax.set_xlim(0, 10)
ax.set_ylim(-0.5, len(steps))
ax.axis("off")
for i, (name, shape, day) in enumerate(steps):
    y = len(steps) - 1 - i
    inside = 2 <= i <= 7
    ax.text(3.2, y, name, ha="center", va="center", fontsize=10,
            bbox=dict(boxstyle="round", fc="#dbe9f6" if inside else "#f2f2f2", ec="gray"))
    ax.text(6.4, y, shape, ha="center", va="center", fontsize=10, family="monospace")
    ax.text(8.9, y, day, ha="center", va="center", fontsize=9, color="gray")
    if i < len(steps) - 1:
        ax.annotate("", xy=(3.2, y - 0.62), xytext=(3.2, y - 0.38), arrowprops=dict(arrowstyle="->"))
ax.add_patch(plt.Rectangle((0.2, len(steps) - 8.45), 5.9, 5.9, fill=False, ls="--", ec="tab:blue"))
ax.text(0.3, len(steps) - 2.75, "× N 个块", color="tab:blue", fontsize=9)
ax.set_title("仅解码器 Transformer 的前向传播（形状：batch, n, …）", fontsize=11)
plt.show()

# 原论文的参数账：nn.Transformer 的编码器、解码器 + 约 37000 个词元的共享嵌入表
print()
for name, dm, heads, dff in [("base", 512, 8, 2048), ("big", 1024, 16, 4096)]:
    core = sum(p.numel() for p in nn.Transformer(dm, heads, 6, 6, dff, batch_first=True).parameters())
    emb = 37000 * dm
    print(f"{name}：编码器 + 解码器 {core / 1e6:.1f}M，共享嵌入约 {emb / 1e6:.1f}M，合计约 {(core + emb) / 1e6:.0f}M")
