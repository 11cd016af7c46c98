"""手算 TF-IDF，并与 scikit-learn 的 TfidfVectorizer 逐项对照

三篇已经分好词（用空格隔开）的短评。sklearn 的默认约定：
tf = 词在文档里出现的次数；idf = ln((1 + N) / (1 + df)) + 1（smooth_idf=True）；
每篇文档的向量最后再除以自己的 L2 范数（norm="l2"）。
"""
import math

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer

docs = ["这家 菜 好吃 菜 便宜", "这家 菜 难吃 服务 差", "服务 好 价格 便宜"]
tokenized = [d.split() for d in docs]
vocab = sorted({w for doc in tokenized for w in doc})
N = len(docs)

# 1) 词频 tf 与文档频率 df
tf = np.array([[doc.count(w) for w in vocab] for doc in tokenized], dtype=float)
df = (tf > 0).sum(axis=0)
print("词表:", " ".join(vocab))
print("df  :", " ".join(f"{w}={c}" for w, c in zip(vocab, df)))

# 2) 两种 idf：教科书式 ln(N/df) 与 sklearn 的平滑版
idf_plain = np.log(N / df)
idf_smooth = np.log((1 + N) / (1 + df)) + 1
for w in ["菜", "好吃", "这家"]:
    j = vocab.index(w)
    print(f"idf({w}): ln({N}/{df[j]}) = {idf_plain[j]:.4f}   "
          f"ln({1 + N}/{1 + df[j]}) + 1 = {idf_smooth[j]:.4f}")

# 3) 文档 1 中「菜」的 TF-IDF：先乘，再做 L2 归一化
raw = tf * idf_smooth
j = vocab.index("菜")
norm1 = math.sqrt((raw[0] ** 2).sum())
print(f"文档 1 未归一化: tf×idf(菜) = {tf[0, j]:.0f} × {idf_smooth[j]:.4f} = {raw[0, j]:.4f}")
print(f"文档 1 的 L2 范数 = {norm1:.4f}，归一化后 = {raw[0, j] / norm1:.4f}")
by_hand = raw / np.linalg.norm(raw, axis=1, keepdims=True)

# 4) sklearn：按空格切词，token_pattern=None 表示不用默认的正则
vec = TfidfVectorizer(tokenizer=str.split, token_pattern=None, lowercase=False)
X = vec.fit_transform(docs).toarray()
assert list(vec.get_feature_names_out()) == vocab
print("sklearn idf_:", np.round(vec.idf_, 4))
print(f"手算与 sklearn 的最大差: {np.abs(by_hand - X).max():.2e}")
np.set_printoptions(precision=3, suppress=True)
print("TF-IDF 矩阵（行 = 文档，列 = 上面的词表）:")
print(X)

# 5) 默认 token_pattern 只认两个及以上的「字」，会悄悄丢掉单字词
default = TfidfVectorizer().fit(docs)
print("默认设置得到的词表:", " ".join(default.get_feature_names_out()))
