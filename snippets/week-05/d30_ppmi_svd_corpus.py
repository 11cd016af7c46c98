"""课程语料上的共现矩阵 → PPMI → 截断 SVD 词向量，并查最近邻

分词用 jieba 精确模式，去掉课程停用词表里的词和不含汉字的词元；
只保留最常见的 600 个词（矩阵小一些，SVD 才快），窗口大小 2（左右各 2 个词）。
"""
import logging
import re
from collections import Counter
from pathlib import Path

import jieba
import numpy as np
from scipy.sparse import csr_matrix
from sklearn.decomposition import TruncatedSVD
from sklearn.metrics.pairwise import cosine_similarity

jieba.setLogLevel(logging.WARNING)
stop = {line.strip() for line in Path("data/stopwords/zh_stopwords.txt").read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")}
lines = Path("data/course_corpus/corpus.txt").read_text(encoding="utf-8").splitlines()
sentences = [[w for w in jieba.lcut(s) if w not in stop and re.search(r"[\u4e00-\u9fff]", w)] for s in lines]
counts = Counter(w for s in sentences for w in s)
vocab = [w for w, c in counts.most_common(600)]
idx = {w: i for i, w in enumerate(vocab)}
V = len(vocab)
print(f"去停用词后 {sum(counts.values())} 个词元，{len(counts)} 个不同的词；"
      f"词表取最常见的 V = {V} 个（每个至少出现 {counts[vocab[-1]]} 次）")

WINDOW = 2
C = np.zeros((V, V))
for s in sentences:
    ids = [idx.get(w, -1) for w in s]                 # 低频词记作 -1，但仍占着位置
    for i, a in enumerate(ids):
        if a < 0:
            continue
        for j in range(max(0, i - WINDOW), min(len(ids), i + WINDOW + 1)):
            if j != i and ids[j] >= 0:
                C[a, ids[j]] += 1
print(f"共现矩阵 {C.shape}，总共现次数 N = {C.sum():.0f}，非零格子只占 {(C > 0).mean():.1%}")

N, row, col = C.sum(), C.sum(axis=1), C.sum(axis=0)
with np.errstate(divide="ignore"):
    ppmi = np.maximum(np.log(C * N / np.outer(row, col)), 0)

U, S, Vt = np.linalg.svd(ppmi)                        # 完整 SVD，再只取前 k 个
energy = np.cumsum(S ** 2) / np.sum(S ** 2)
print("前 k 个奇异值保留的平方和比例：", "  ".join(f"k={k}: {energy[k - 1]:.1%}" for k in (2, 10, 50, 200)))
K = 50
W = U[:, :K] * S[:K]                                  # 每行一个 50 维词向量
Wn = W / np.linalg.norm(W, axis=1, keepdims=True)     # 单位化后，点积就是余弦相似度

# 与 scikit-learn 的 TruncatedSVD 对照（奇异向量可能差一个正负号，所以比较余弦相似度矩阵）
svd = TruncatedSVD(n_components=K, algorithm="arpack", random_state=0)
W_sk = svd.fit_transform(csr_matrix(ppmi))            # 稀疏矩阵上只求前 50 个
print(f"与 sklearn TruncatedSVD 对照：奇异值最大差 {np.abs(svd.singular_values_ - S[:K]).max():.1e}，"
      f"余弦相似度矩阵最大差 {np.abs(Wn @ Wn.T - cosine_similarity(W_sk)).max():.1e}")


def neighbours(vectors, word, n=6):
    sims = vectors @ vectors[idx[word]]
    order = [i for i in np.argsort(-sims) if i != idx[word]][:n]
    return "  ".join(f"{vocab[i]} {sims[i]:.2f}" for i in order)


counts_n = C / np.linalg.norm(C, axis=1, keepdims=True)
print("\n最近邻（原始计数向量，V 维）")
for q in ["向量", "概率"]:
    print(f"  {q}：{neighbours(counts_n, q)}")
print("最近邻（PPMI + 截断 SVD，k = 50）")
for q in ["向量", "矩阵", "概率", "模型", "梯度", "训练"]:
    print(f"  {q}：{neighbours(Wn, q)}")
