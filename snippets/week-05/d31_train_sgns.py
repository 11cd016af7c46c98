"""用 PyTorch 训练负采样跳元模型（SGNS），并与第 30 天的 PPMI + SVD 词向量比较

预处理与第 30 天相同：jieba 精确模式、去停用词、只留含汉字的词、词表取最常见的 600 个词、窗口 2。
另外按 t = 1e-3 做高频词下采样（每轮重新抽），负样本从 unigram^0.75 分布里抽 K = 5 个。
"""
import logging
import math
import re
from collections import Counter
from pathlib import Path

import jieba
import numpy as np
import torch
import torch.nn.functional as F

torch.manual_seed(0)
rng = np.random.default_rng(0)
torch.set_num_threads(1)                 # 张量很小，单线程反而更快、结果也更稳定
jieba.setLogLevel(logging.WARNING)

stop = {line.strip() for line in Path("data/stopwords/zh_stopwords.txt").read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")}
lines = Path("data/course_corpus/corpus.txt").read_text(encoding="utf-8").splitlines()
sentences = [[w for w in jieba.lcut(s) if w not in stop and re.search(r"[\u4e00-\u9fff]", w)] for s in lines]
counts = Counter(w for s in sentences for w in s)
vocab = [w for w, _ in counts.most_common(600)]
idx = {w: i for i, w in enumerate(vocab)}
V, D, K, WINDOW, T = len(vocab), 50, 5, 2, 1e-3
ids = [[idx.get(w, -1) for w in s] for s in sentences]        # 词表外的词记作 -1，仍占着位置（同第 30 天）
f = np.array([counts[w] for w in vocab], dtype=float)
f /= f.sum()
keep_prob = np.minimum(1.0, np.sqrt(T / f))                       # 下采样：保留概率 sqrt(t / f)
noise = torch.tensor(f ** 0.75 / np.sum(f ** 0.75), dtype=torch.float32)


def make_pairs():
    """先下采样，再在每句里用窗口生成 (中心词, 上下文词) 对"""
    centres, contexts = [], []
    for s in ids:
        s = [w for w in s if w < 0 or rng.random() < keep_prob[w]]   # 被丢掉的词直接删去，窗口因此变宽
        for i, c in enumerate(s):
            for j in range(max(0, i - WINDOW), min(len(s), i + WINDOW + 1)):
                if j != i and c >= 0 and s[j] >= 0:
                    centres.append(c)
                    contexts.append(s[j])
    return torch.tensor(centres), torch.tensor(contexts)


class SkipGramNS(torch.nn.Module):
    def __init__(self, V, D):
        super().__init__()
        self.centre = torch.nn.Embedding(V, D)                    # v：作中心词时的向量
        self.context = torch.nn.Embedding(V, D)                   # u：作上下文词时的向量
        torch.nn.init.uniform_(self.centre.weight, -0.5 / D, 0.5 / D)
        torch.nn.init.zeros_(self.context.weight)

    def forward(self, c, o, negs):
        v = self.centre(c)                                        # (B, D)
        pos = (self.context(o) * v).sum(-1)                       # (B,)   u_o·v
        neg = torch.bmm(self.context(negs), v.unsqueeze(-1)).squeeze(-1)   # (B, K)  u_k·v
        return pos, neg


def sgns_loss(pos, neg):
    return -(F.logsigmoid(pos) + F.logsigmoid(-neg).sum(-1)).mean()


model = SkipGramNS(V, D)
opt = torch.optim.Adam(model.parameters(), lr=0.005)
c, o = make_pairs()
negs = torch.multinomial(noise, len(c) * K, replacement=True).view(-1, K)
pos, neg = model(c, o, negs)
bce = F.binary_cross_entropy_with_logits(pos, torch.ones_like(pos), reduction="sum") + \
    F.binary_cross_entropy_with_logits(neg, torch.zeros_like(neg), reduction="sum")
print(f"V = {V}，D = {D}，K = {K}；下采样后每轮约 {len(c)} 个训练对")
print(f"训练前损失 {sgns_loss(pos, neg).item():.4f}，(K+1)·ln2 = {(K + 1) * math.log(2):.4f}；"
      f"与 F.binary_cross_entropy_with_logits 的差 {abs(sgns_loss(pos, neg).item() - bce.item() / len(c)):.1e}")

EPOCHS, BATCH = 15, 512
for epoch in range(1, EPOCHS + 1):
    c, o = make_pairs()
    perm = torch.randperm(len(c))
    total = 0.0
    for start in range(0, len(c), BATCH):
        b = perm[start:start + BATCH]
        negs = torch.multinomial(noise, len(b) * K, replacement=True).view(-1, K)
        loss = sgns_loss(*model(c[b], o[b], negs))
        opt.zero_grad()
        loss.backward()
        opt.step()
        total += loss.item() * len(b)
    if epoch in (1, 2, 5, 10, 15):
        print(f"第 {epoch:>2} 轮  平均损失 {total / len(c):.4f}")


def unit(W):
    return W / np.linalg.norm(W, axis=1, keepdims=True)


W_sgns = unit(model.centre.weight.detach().numpy())

# 第 30 天的 PPMI + 截断 SVD（不下采样，窗口 2，k = 50）
C = np.zeros((V, V))
for s in ids:
    for i, a in enumerate(s):
        for j in range(max(0, i - WINDOW), min(len(s), i + WINDOW + 1)):
            if j != i and a >= 0 and s[j] >= 0:
                C[a, s[j]] += 1
with np.errstate(divide="ignore"):
    ppmi = np.maximum(np.log(C * C.sum() / np.outer(C.sum(1), C.sum(0))), 0)
U, S, _ = torch.linalg.svd(torch.from_numpy(ppmi))            # 与 np.linalg.svd 相同，这里借用 torch 的单线程设置
W_svd = unit((U[:, :D] * S[:D]).numpy())


def top(W, word, n=5):
    sims = W @ W[idx[word]]
    return [vocab[i] for i in np.argsort(-sims) if i != idx[word]][:n]


print("\n最近邻     SGNS                          PPMI + SVD")
for q in ["向量", "矩阵", "概率", "模型", "梯度"]:
    print(f"{q}   {'、'.join(top(W_sgns, q)):<22}{'、'.join(top(W_svd, q))}")
overlap = np.mean([len(set(top(W_sgns, w, 10)) & set(top(W_svd, w, 10))) / 10 for w in vocab])
print(f"全部 {V} 个词的前 10 个近邻，两种方法平均重合 {overlap:.1%}")

print("\n类比 a : b = c : ?（b - a + c 的最近邻，排除 a、b、c）")
for a, b, cc, expect in [("掷", "骰子", "抛", "硬币"), ("向量", "点积", "矩阵", "乘法"),
                         ("鸢尾", "花瓣", "葡萄酒", "脯氨酸")]:
    for name, W in (("SGNS", W_sgns), ("SVD", W_svd)):
        x = W[idx[b]] - W[idx[a]] + W[idx[cc]]
        sims = W @ (x / np.linalg.norm(x))
        sims[[idx[a], idx[b], idx[cc]]] = -np.inf
        guess = [vocab[i] for i in np.argsort(-sims)[:3]]
        print(f"  {name:<5}{a} : {b} = {cc} : ?   前 3 名 {'、'.join(guess)}   （期望「{expect}」）")
