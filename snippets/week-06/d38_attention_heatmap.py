"""每个头的注意力热力图：在课程语料上短暂训练一个单层、4 头的字级注意力模型

模型 = 字嵌入 + 位置嵌入 → 带因果掩码的多头注意力（残差）→ 线性层预测下一个字。只训练 150 步。
"""
import math
import random
from pathlib import Path

import matplotlib.pyplot as plt
import torch
import torch.nn as nn

torch.manual_seed(0)
random.seed(0)
torch.set_num_threads(1)

text = Path("data/course_corpus/corpus.txt").read_text(encoding="utf-8")
chars = sorted(set(text))
stoi = {c: i for i, c in enumerate(chars)}
data = torch.tensor([stoi[c] for c in text])
V, n_ctx, d_model, h = len(chars), 16, 64, 4


class MultiHeadAttention(nn.Module):
    def __init__(self, d_model, h):
        super().__init__()
        self.h, self.d_k = h, d_model // h
        self.W_qkv = nn.Linear(d_model, 3 * d_model)   # W_Q、W_K、W_V 合成一个矩阵，一次算完
        self.W_o = nn.Linear(d_model, d_model)

    def forward(self, x):
        B, n, d = x.shape
        q, k, v = self.W_qkv(x).view(B, n, 3, self.h, self.d_k).permute(2, 0, 3, 1, 4)
        scores = q @ k.transpose(-2, -1) / math.sqrt(self.d_k)
        scores = scores.masked_fill(torch.triu(torch.ones(n, n, dtype=torch.bool), 1), float("-inf"))
        A = torch.softmax(scores, dim=-1)                 # (B, h, n, n)
        return self.W_o((A @ v).transpose(1, 2).reshape(B, n, d)), A


class TinyAttentionLM(nn.Module):
    def __init__(self):
        super().__init__()
        self.tok = nn.Embedding(V, d_model)
        self.pos = nn.Embedding(n_ctx, d_model)
        self.attn = MultiHeadAttention(d_model, h)
        self.head = nn.Linear(d_model, V)

    def forward(self, idx):
        x = self.tok(idx) + self.pos(torch.arange(idx.shape[1]))
        out, A = self.attn(x)
        return self.head(x + out), A


model = TinyAttentionLM()
opt = torch.optim.AdamW(model.parameters(), lr=3e-3)
print(f"词表 {V} 个字，参数 {sum(p.numel() for p in model.parameters()):,} 个；均匀猜测的损失 ln V = {math.log(V):.3f}")
for step in range(151):
    starts = torch.randint(0, len(data) - n_ctx - 1, (32,))
    xb = torch.stack([data[s:s + n_ctx] for s in starts])
    yb = torch.stack([data[s + 1:s + n_ctx + 1] for s in starts])
    logits, _ = model(xb)
    loss = nn.functional.cross_entropy(logits.reshape(-1, V), yb.reshape(-1))
    opt.zero_grad()
    loss.backward()
    opt.step()
    if step % 50 == 0:
        print(f"  第 {step:>3} 步  训练损失 {loss.item():.3f}")

sentence = "梯度下降让模型的损失变小。"
with torch.no_grad():
    _, A = model(torch.tensor([[stoi[c] for c in sentence]]))
A = A[0]
print(f"\n句子「{sentence}」，权重形状 {tuple(A.shape)} = (h, n, n)")
print("每个头里，每行权重最大的位置（查询 → 键）：")
for head in range(h):
    print(f"  头 {head}：", " ".join(f"{sentence[i]}→{sentence[j]}" for i, j in enumerate(A[head].argmax(-1).tolist())))

fig, axes = plt.subplots(2, 2, figsize=(6.5, 6.5), layout="constrained")
for head, ax in enumerate(axes.flat):
    im = ax.imshow(A[head], cmap="viridis", vmin=0, vmax=1)
    ax.set_xticks(range(len(sentence)), list(sentence), fontsize=8)
    ax.set_yticks(range(len(sentence)), list(sentence), fontsize=8)
    ax.set_title(f"头 {head}", fontsize=9)
    ax.set_xlabel("键（被关注的字）", fontsize=8)
    ax.set_ylabel("查询（当前的字）", fontsize=8)
fig.colorbar(im, ax=axes, shrink=0.6, label="注意力权重")
plt.show()
