"""练习任务参考实现：从零搭一个迷你 GPT 的前向传播，检验形状、因果性和参数量"""
from pathlib import Path

import matplotlib.pyplot as plt
import torch
import torch.nn.functional as F
from torch import nn

torch.manual_seed(0)
text = Path("data/course_corpus/corpus.txt").read_text(encoding="utf-8")
chars = sorted(set(text))
stoi = {c: i for i, c in enumerate(chars)}
V, P, d_model, h, N = len(chars), 64, 64, 4, 2      # 词表、最大长度、宽度、头数、块数


class CausalSelfAttention(nn.Module):
    def __init__(self):
        super().__init__()
        self.qkv = nn.Linear(d_model, 3 * d_model)               # W_Q、W_K、W_V 拼在一起
        self.proj = nn.Linear(d_model, d_model)                  # W_O
        self.weights = None                                      # 存下注意力权重，画图用

    def forward(self, x):
        B, n, _ = x.shape
        q, k, v = self.qkv(x).split(d_model, dim=-1)
        q, k, v = (t.view(B, n, h, d_model // h).transpose(1, 2) for t in (q, k, v))   # (B, h, n, d_k)
        s = q @ k.transpose(-2, -1) / (d_model // h) ** 0.5
        s = s.masked_fill(torch.triu(torch.ones(n, n, dtype=torch.bool), 1), float("-inf"))
        self.weights = s.softmax(-1)
        out = self.weights @ v
        self.max_diff = (out - F.scaled_dot_product_attention(q, k, v, is_causal=True)).abs().max().item()
        return self.proj(out.transpose(1, 2).reshape(B, n, d_model))


class Block(nn.Module):                                          # Pre-LN 解码器块
    def __init__(self):
        super().__init__()
        self.ln1, self.attn = nn.LayerNorm(d_model), CausalSelfAttention()
        self.ln2 = nn.LayerNorm(d_model)
        self.ffn = nn.Sequential(nn.Linear(d_model, 4 * d_model), nn.GELU(), nn.Linear(4 * d_model, d_model))

    def forward(self, x):
        x = x + self.attn(self.ln1(x))
        return x + self.ffn(self.ln2(x))


class MiniGPT(nn.Module):
    def __init__(self):
        super().__init__()
        self.tok, self.pos = nn.Embedding(V, d_model), nn.Embedding(P, d_model)
        self.blocks = nn.ModuleList(Block() for _ in range(N))
        self.ln_f = nn.LayerNorm(d_model)
        self.head = nn.Linear(d_model, V, bias=False)
        self.head.weight = self.tok.weight                       # 权重共享：输出层与词元嵌入用同一个矩阵

    def forward(self, idx):
        x = self.tok(idx) + self.pos(torch.arange(idx.shape[1]))  # (B, n, d_model)
        for block in self.blocks:
            x = block(x)
        return self.head(self.ln_f(x))                           # (B, n, V)


model = MiniGPT().eval()
sent = text.splitlines()[1][:24]
idx = torch.tensor([[stoi[c] for c in sent]])
with torch.no_grad():
    logits = model(idx)
print(f"输入「{sent}」，形状 {tuple(idx.shape)} → logits 形状 {tuple(logits.shape)}，V = {V}")
print("各层注意力与 F.scaled_dot_product_attention 的最大差：",
      [f"{b.attn.max_diff:.1e}" for b in model.blocks])

# 因果性检验：把第 t 个字换掉，位置 < t 的 logits 必须完全不变
t = 12
idx2 = idx.clone()
idx2[0, t] = (idx[0, t] + 1) % V
with torch.no_grad():
    change = (model(idx2) - logits).abs().amax(dim=(0, 2))
print(f"换掉第 {t} 个位置的字后：位置 0–{t - 1} 的 logits 最大变化 = {change[:t].max():.1e}，"
      f"位置 {t}–{idx.shape[1] - 1} 的最小变化 = {change[t:].min():.3f}")
print("因果性检验：", "通过" if change[:t].max() == 0 and change[t:].min() > 0 else "失败")

# 参数量：嵌入 V·d + P·d，每块 12d² + 13d，最终 LN 2d，输出层与嵌入共享不另算
d = d_model
formula = V * d + P * d + N * (12 * d * d + 13 * d) + 2 * d
counted = sum(p.numel() for p in model.parameters())             # parameters() 对共享的矩阵只数一次
print(f"参数量：数出来 {counted:,}，公式 {formula:,}；若不共享输出层会多 {V * d:,}")

fig, axes = plt.subplots(N, h, figsize=(8, 4.4))
for l, block in enumerate(model.blocks):
    for j in range(h):
        ax = axes[l, j]
        ax.imshow(block.attn.weights[0, j, :12, :12], cmap="viridis", vmin=0, vmax=0.6)
        ax.set_title(f"第 {l + 1} 层 头 {j + 1}", fontsize=9)
        ax.set_xticks([])
        ax.set_yticks([])
fig.suptitle("未训练的迷你 GPT：前 12 个位置的注意力权重（行 = 查询，列 = 键）", fontsize=10)
plt.show()
