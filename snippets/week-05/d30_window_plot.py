"""窗口大小怎样改变最近邻，以及把一些词向量画到平面上"""
import logging
import re
from collections import Counter
from pathlib import Path

import jieba
import matplotlib.pyplot as plt
import numpy as np
from sklearn.decomposition import PCA

jieba.setLogLevel(logging.WARNING)
stop = {line.strip() for line in Path("data/stopwords/zh_stopwords.txt").read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")}
lines = Path("data/course_corpus/corpus.txt").read_text(encoding="utf-8").splitlines()
sentences = [[w for w in jieba.lcut(s) if w not in stop and re.search(r"[\u4e00-\u9fff]", w)] for s in lines]
vocab = [w for w, _ in Counter(w for s in sentences for w in s).most_common(600)]
idx = {w: i for i, w in enumerate(vocab)}


def svd_vectors(window, k=50):
    """共现矩阵 → PPMI → 截断 SVD，返回单位化的 k 维词向量"""
    C = np.zeros((len(vocab), len(vocab)))
    for s in sentences:
        ids = [idx.get(w, -1) for w in s]
        for i, a in enumerate(ids):
            for j in range(max(0, i - window), min(len(ids), i + window + 1)):
                if a >= 0 and j != i and ids[j] >= 0:
                    C[a, ids[j]] += 1
    N, row, col = C.sum(), C.sum(axis=1), C.sum(axis=0)
    with np.errstate(divide="ignore", invalid="ignore"):
        ppmi = np.nan_to_num(np.maximum(np.log(C * N / np.outer(row, col)), 0))
    # 左右对称的窗口让 PPMI 矩阵对称；hermitian=True 让 NumPy 用更快的对称矩阵算法，奇异值相同
    U, S, _ = np.linalg.svd(ppmi, hermitian=True)
    W = U[:, :k] * S[:k]
    return W / np.linalg.norm(W, axis=1, keepdims=True)


def neighbours(Wn, word, n=5):
    sims = Wn @ Wn[idx[word]]
    return "、".join([vocab[i] for i in np.argsort(-sims) if i != idx[word]][:n])


vectors = {}
for window in (1, 2, 5):
    vectors[window] = svd_vectors(window)
    for q in ("向量", "概率"):
        print(f"窗口 {window}　{q} 的近邻：{neighbours(vectors[window], q)}")

# 把几组词的 50 维向量用 PCA 投到平面上（只看这些词自己的两个主方向）
groups = {"线性代数": ["向量", "矩阵", "点积", "范数", "特征值", "特征向量"],
          "概率统计": ["概率", "分布", "期望", "方差", "均值", "标准差"],
          "模型训练": ["训练", "损失", "梯度", "参数", "导数", "优化"],
          "Python": ["列表", "字典", "函数", "循环", "变量", "集合"]}
missing = [w for ws in groups.values() for w in ws if w not in idx]
print("不在词表里的词：", missing or "无")
words = [w for ws in groups.values() for w in ws if w in idx]
xy = PCA(n_components=2).fit_transform(vectors[2][[idx[w] for w in words]])
fig, ax = plt.subplots(figsize=(6, 4), layout="constrained")
for (name, ws), marker in zip(groups.items(), "osD^"):
    pts = np.array([xy[words.index(w)] for w in ws if w in idx])
    ax.scatter(pts[:, 0], pts[:, 1], marker=marker, label=name)
    for w, (x, y) in zip([w for w in ws if w in idx], pts):
        ax.annotate(w, (x, y), fontsize=9, xytext=(3, 3), textcoords="offset points")
ax.set_title("PPMI + SVD 词向量（窗口 2，k = 50）的 PCA 二维投影")
ax.set_xlabel("第 1 主成分")
ax.set_ylabel("第 2 主成分")
ax.legend(fontsize=8)
ax.grid(True, alpha=0.3)
plt.show()
