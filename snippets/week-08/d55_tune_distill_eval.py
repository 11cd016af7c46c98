"""本周练习参考解：预热 + 余弦、AdamW 与早停训练教师，蒸馏出宽度减半的学生，用验证困惑度比较"""
import copy
import math
from collections import Counter
from pathlib import Path

import torch
import torch.nn as nn
import torch.nn.functional as F

text = Path("data/course_corpus/corpus.txt").read_text(encoding="utf-8")
vocab = ["?"] + sorted(c for c, k in Counter(text).items() if k >= 5)
stoi = {c: i for i, c in enumerate(vocab)}
data = torch.tensor([stoi.get(c, 0) for c in text])
split = int(len(data) * 0.9)
train_data, val_data = data[:split], data[split:]
CTX, HEADS, STEPS, WARMUP, PEAK_LR = 32, 4, 200, 20, 1e-2
T, ALPHA = 2.0, 0.5


class Block(nn.Module):
    def __init__(self, d):
        super().__init__()
        self.ln1, self.ln2 = nn.LayerNorm(d), nn.LayerNorm(d)
        self.qkv, self.proj = nn.Linear(d, 3 * d), nn.Linear(d, d)
        self.ff = nn.Sequential(nn.Linear(d, 4 * d), nn.GELU(), nn.Linear(4 * d, d))

    def forward(self, x):
        b, t, d = x.shape
        q, k, v = self.qkv(self.ln1(x)).view(b, t, 3, HEADS, d // HEADS).permute(2, 0, 3, 1, 4)
        att = F.scaled_dot_product_attention(q, k, v, is_causal=True)
        x = x + self.proj(att.transpose(1, 2).reshape(b, t, d))
        return x + self.ff(self.ln2(x))


class MiniGPT(nn.Module):
    def __init__(self, d):
        super().__init__()
        self.tok, self.pos = nn.Embedding(len(vocab), d), nn.Embedding(CTX, d)
        self.block, self.ln, self.head = Block(d), nn.LayerNorm(d), nn.Linear(d, len(vocab))

    def forward(self, x):
        return self.head(self.ln(self.block(self.tok(x) + self.pos(torch.arange(x.shape[1])))))


def batch(source, size, gen):
    starts = torch.randint(len(source) - CTX - 1, (size,), generator=gen)
    return (torch.stack([source[i:i + CTX] for i in starts]),
            torch.stack([source[i + 1:i + CTX + 1] for i in starts]))


VAL = [batch(val_data, 64, torch.Generator().manual_seed(100 + i)) for i in range(4)]  # 固定的验证批


def val_loss(model):
    model.eval()
    with torch.no_grad():
        return sum(F.cross_entropy(model(x).flatten(0, 1), y.flatten()).item() for x, y in VAL) / len(VAL)


def lr_at(step):  # 第 50 天的「线性预热 + 余弦衰减」，最后降到峰值的 10%
    if step < WARMUP:
        return PEAK_LR * (step + 1) / WARMUP
    return PEAK_LR * (0.1 + 0.45 * (1 + math.cos(math.pi * (step - WARMUP) / (STEPS - WARMUP))))


def train(d, teacher=None, patience=3):
    torch.manual_seed(0)
    model, gen = MiniGPT(d), torch.Generator().manual_seed(1)
    groups = [[p for p in model.parameters() if p.dim() >= 2], [p for p in model.parameters() if p.dim() < 2]]
    opt = torch.optim.AdamW([{"params": groups[0], "weight_decay": 0.1},
                             {"params": groups[1], "weight_decay": 0.0}], lr=PEAK_LR)
    best, best_state, waited = float("inf"), None, 0
    for step in range(STEPS):
        for group in opt.param_groups:
            group["lr"] = lr_at(step)
        model.train()
        x, y = batch(train_data, 16, gen)
        logits = model(x).flatten(0, 1)
        loss = F.cross_entropy(logits, y.flatten())
        if teacher is not None:  # 第 52 天的蒸馏损失，逐个位置比较教师和学生的分布
            with torch.no_grad():
                soft = F.softmax(teacher(x).flatten(0, 1) / T, dim=1)
            kd = F.kl_div(F.log_softmax(logits / T, dim=1), soft, reduction="batchmean")
            loss = ALPHA * T * T * kd + (1 - ALPHA) * loss
        opt.zero_grad()
        loss.backward()
        opt.step()
        if (step + 1) % 25 == 0:  # 每 25 步评估一次，带耐心值的早停
            current = val_loss(model)
            if current < best:
                best, best_state, waited = current, copy.deepcopy(model.state_dict()), 0
            else:
                waited += 1
                if waited >= patience:
                    break
    model.load_state_dict(best_state)
    model.eval()
    return model, step + 1


count = lambda m: sum(p.numel() for p in m.parameters())
teacher, t_steps = train(96)
student_hard, h_steps = train(48)
student_kd, k_steps = train(48, teacher=teacher)
print(f"字表 {len(vocab)} 个；均匀猜测的困惑度 = {len(vocab)}")
print("模型            宽度  参数量    训练步数  验证损失  验证困惑度")
for name, m, d, s in [("教师", teacher, 96, t_steps), ("学生（硬标签）", student_hard, 48, h_steps),
                      ("学生（蒸馏）", student_kd, 48, k_steps)]:
    loss = val_loss(m)
    print(f"{name:<10} {d:>6} {count(m):>8,} {s:>8} {loss:>9.4f} {math.exp(loss):>10.1f}")
print(f"学生参数量是教师的 {count(student_kd) / count(teacher):.1%}")
