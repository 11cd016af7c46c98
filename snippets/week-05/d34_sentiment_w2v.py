"""练习任务第二步：把 TF-IDF 换成 word2vec 平均向量，用 5 折交叉验证比较两者的 F1

word2vec 用第 31 天的负采样跳元模型，只在训练集评论的文字上训练（不看标签）；
一条评论的向量 = 它所有词的词向量的平均。两种特征后面接的都是逻辑回归。
"""
import logging
from collections import Counter
from pathlib import Path

import jieba
import numpy as np
import pandas as pd
import torch
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold, cross_val_score, train_test_split
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

torch.manual_seed(0)
torch.set_num_threads(1)
jieba.setLogLevel(logging.WARNING)
reviews = pd.read_csv("data/zh_reviews/reviews.tsv", sep="\t")
segmented = [[w for w in jieba.lcut(t) if w.strip()] for t in reviews["text"]]
y = (reviews["label"] == "pos").astype(int).to_numpy()
idx_tr, _ = train_test_split(np.arange(len(y)), test_size=0.25, stratify=y, random_state=0)  # 与上一段相同的划分
docs, y_tr = [segmented[i] for i in idx_tr], y[idx_tr]          # 测试集这里完全不用

# ---- 1. 在训练集评论上训练负采样跳元模型（窗口 2，5 个负样本，50 维） ----
counts = Counter(w for d in docs for w in d)
vocab = sorted(counts, key=lambda w: -counts[w])
idx = {w: i for i, w in enumerate(vocab)}
pairs = [(idx[d[i]], idx[d[j]]) for d in docs for i in range(len(d))
         for j in range(max(0, i - 2), min(len(d), i + 3)) if j != i]
pairs = torch.tensor(pairs)
noise = torch.tensor([counts[w] ** 0.75 for w in vocab])       # 负样本按词频的 3/4 次方抽
V, D, K = len(vocab), 50, 5
center = torch.nn.Embedding(V, D)
context = torch.nn.Embedding(V, D)
torch.nn.init.uniform_(center.weight, -0.5 / D, 0.5 / D)
torch.nn.init.zeros_(context.weight)
opt = torch.optim.Adam(list(center.parameters()) + list(context.parameters()), lr=0.02)
print(f"训练集评论 {len(docs)} 条，{sum(counts.values())} 个词元，词表 {V}，训练样本对 {len(pairs)}")
print(f"只出现 1 次的词占词表的 {sum(c == 1 for c in counts.values()) / V:.1%}")
for epoch in range(1, 11):
    perm, total = torch.randperm(len(pairs)), 0.0
    for b in range(0, len(pairs), 1024):
        c, o = pairs[perm[b:b + 1024]].T
        neg = torch.multinomial(noise, len(c) * K, replacement=True).view(len(c), K)
        v = center(c)                                                 # (B, D)
        pos_score = (context(o) * v).sum(-1)                          # (B,)
        neg_score = torch.bmm(context(neg), v.unsqueeze(-1)).squeeze(-1)  # (B, K)
        loss = -(torch.nn.functional.logsigmoid(pos_score)
                 + torch.nn.functional.logsigmoid(-neg_score).sum(-1)).mean()
        opt.zero_grad()
        loss.backward()
        opt.step()
        total += loss.item() * len(c)
    if epoch in (1, 2, 5, 10):
        print(f"  第 {epoch:>2} 轮  平均损失 {total / len(pairs):.4f}")

E = center.weight.detach().numpy()
En = E / np.linalg.norm(E, axis=1, keepdims=True)
for q in ["好吃", "难吃", "贵"]:
    sims = En @ En[idx[q]]
    near = [vocab[i] for i in np.argsort(-sims) if vocab[i] != q][:6]
    print(f"  「{q}」（出现 {counts[q]} 次）的最近邻：{' '.join(near)}")

# ---- 2. 两种特征 + 逻辑回归，在训练集上做 5 折交叉验证 ----
X_avg = np.stack([E[[idx[w] for w in d]].mean(axis=0) for d in docs])     # 每条评论一个 50 维向量
X_text = np.array([" ".join(d) for d in docs])
cv = StratifiedKFold(n_splits=5, shuffle=True, random_state=0)
models = {
    "TF-IDF（1–2 元）+ 逻辑回归": (make_pipeline(
        TfidfVectorizer(tokenizer=str.split, token_pattern=None, lowercase=False, ngram_range=(1, 2)),
        LogisticRegression(max_iter=1000)), X_text),
    "word2vec 平均向量 + 逻辑回归": (make_pipeline(StandardScaler(), LogisticRegression(max_iter=1000)), X_avg),
}
print("\n5 折交叉验证 F1（训练集 480 条）：")
for name, (model, X) in models.items():
    s = cross_val_score(model, X, y_tr, cv=cv, scoring="f1")
    print(f"  {name}: {s.mean():.4f} ± {s.std():.4f}   各折 {np.round(s, 3).tolist()}")
