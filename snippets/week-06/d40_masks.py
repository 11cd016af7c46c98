"""三种架构的注意力掩码：全可见（编码器）、因果（解码器）、交叉注意力（编码器—解码器）"""
import matplotlib.pyplot as plt
import numpy as np

n_src, n_tgt = 6, 5
masks = {
    "全可见\n（BERT；T5 编码器）": (np.ones((n_src, n_src)), "键：输入位置", "查询：输入位置"),
    "因果\n（GPT；T5 解码器自注意力）": (np.tril(np.ones((n_tgt, n_tgt))), "键：输出位置", "查询：输出位置"),
    "交叉注意力\n（T5 解码器看编码器）": (np.ones((n_tgt, n_src)), "键：输入位置", "查询：输出位置"),
}
for name, (m, _, _) in masks.items():
    print(f"{name.replace(chr(10), ' ')}：形状 {m.shape}，可见 {int(m.sum())} / {m.size}")

fig, axes = plt.subplots(1, 3, figsize=(9, 3.4))
for ax, (name, (m, xl, yl)) in zip(axes, masks.items()):
    ax.imshow(m, cmap="Blues", vmin=0, vmax=1.3)
    ax.set_xticks(range(m.shape[1]))
    ax.set_yticks(range(m.shape[0]))
    ax.set_xticks(np.arange(-0.5, m.shape[1]), minor=True)
    ax.set_yticks(np.arange(-0.5, m.shape[0]), minor=True)
    ax.grid(which="minor", color="gray", linewidth=0.5)
    ax.tick_params(which="minor", length=0)
    ax.set_title(name, fontsize=10)
    ax.set_xlabel(xl)
    ax.set_ylabel(yl)
fig.suptitle("深色 = 可以关注，白色 = 被掩码挡住", fontsize=10)
fig.tight_layout()
plt.show()
