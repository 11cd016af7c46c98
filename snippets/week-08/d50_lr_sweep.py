"""学习率扫描：同一个迷你 GPT，只改学习率，看验证损失；再看预热能否救回过大的学习率"""
from collections import Counter
from pathlib import Path

import matplotlib.pyplot as plt
import torch
import torch.nn as nn
import torch.nn.functional as F

text = Path("data/course_corpus/corpus.txt").read_text(encoding="utf-8")
counts = Counter(text)
vocab = ["?"] + sorted(c for c, k in counts.items() if k >= 5)  # 出现不到 5 次的字都记成 ?
stoi = {c: i for i, c in enumerate(vocab)}
data = torch.tensor([stoi.get(c, 0) for c in text])
split = int(len(data) * 0.9)
train_data, val_data = data[:split], data[split:]
CTX, D, HEADS, STEPS = 32, 64, 4, 100


class Block(nn.Module):
    """前置层归一化的解码器块（第 40 天）：因果自注意力 + 前馈网络，各带残差。"""
    def __init__(self):
        super().__init__()
        self.ln1, self.ln2 = nn.LayerNorm(D), nn.LayerNorm(D)
        self.qkv, self.proj = nn.Linear(D, 3 * D), nn.Linear(D, D)
        self.ff = nn.Sequential(nn.Linear(D, 4 * D), nn.GELU(), nn.Linear(4 * D, D))

    def forward(self, x):
        b, t, _ = x.shape
        q, k, v = self.qkv(self.ln1(x)).view(b, t, 3, HEADS, D // HEADS).permute(2, 0, 3, 1, 4)
        att = F.scaled_dot_product_attention(q, k, v, is_causal=True)
        x = x + self.proj(att.transpose(1, 2).reshape(b, t, D))
        return x + self.ff(self.ln2(x))


class MiniGPT(nn.Module):
    def __init__(self):
        super().__init__()
        self.tok, self.pos = nn.Embedding(len(vocab), D), nn.Embedding(CTX, D)
        self.block, self.ln, self.head = Block(), nn.LayerNorm(D), nn.Linear(D, len(vocab))

    def forward(self, x):
        return self.head(self.ln(self.block(self.tok(x) + self.pos(torch.arange(x.shape[1])))))


def batch(source, size, gen):
    starts = torch.randint(len(source) - CTX - 1, (size,), generator=gen)
    x = torch.stack([source[i:i + CTX] for i in starts])
    y = torch.stack([source[i + 1:i + CTX + 1] for i in starts])
    return x, y


def train(lr, warmup=0):
    torch.manual_seed(0)  # 每次都从同样的初始权重、同样的数据顺序出发，只有学习率不同
    model, gen = MiniGPT(), torch.Generator().manual_seed(1)
    opt = torch.optim.Adam(model.parameters(), lr=lr)
    for step in range(STEPS):
        opt.param_groups[0]["lr"] = lr * min(1.0, (step + 1) / warmup) if warmup else lr
        x, y = batch(train_data, 16, gen)
        loss = F.cross_entropy(model(x).flatten(0, 1), y.flatten())
        opt.zero_grad()
        loss.backward()
        opt.step()
    model.eval()
    with torch.no_grad():
        x, y = batch(val_data, 64, torch.Generator().manual_seed(2))
        return F.cross_entropy(model(x).flatten(0, 1), y.flatten()).item()


print(f"字表 {len(vocab)} 个，均匀猜测的损失 ln V = {torch.log(torch.tensor(len(vocab))):.4f}")
rates = [1e-4, 3e-4, 1e-3, 3e-3, 1e-2, 3e-2, 1e-1]
losses = []
for lr in rates:
    losses.append(train(lr))
    print(f"学习率 {lr:<7g} 训练 {STEPS} 步后的验证损失 {losses[-1]:.4f}")
for lr in (3e-2, 1e-1):
    print(f"学习率 {lr:g}：不预热 {losses[rates.index(lr)]:.4f}，预热 30 步 {train(lr, warmup=30):.4f}")

fig, ax = plt.subplots(figsize=(6, 3.2))
ax.semilogx(rates, losses, "o-")
ax.set_xlabel("学习率（对数刻度）")
ax.set_ylabel(f"{STEPS} 步后的验证损失")
fig.tight_layout()
plt.show()
