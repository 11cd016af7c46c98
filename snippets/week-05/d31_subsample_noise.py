"""高频词下采样与 unigram^0.75 噪声分布

这里不去停用词（原始 word2vec 也不用停用词表），只去掉标点和不含汉字的词元，
看下采样怎样自动「压低」的、是、和这些高频词。
"""
import logging
import re
from collections import Counter
from pathlib import Path

import jieba
import numpy as np

jieba.setLogLevel(logging.WARNING)
lines = Path("data/course_corpus/corpus.txt").read_text(encoding="utf-8").splitlines()
tokens = [w for s in lines for w in jieba.lcut(s) if re.search(r"[\u4e00-\u9fff]", w)]
counts = Counter(tokens)
vocab = [w for w, _ in counts.most_common()]
freq = np.array([counts[w] for w in vocab], dtype=float)
f = freq / freq.sum()                                   # 一元（unigram）频率
print(f"{len(tokens)} 个词元，{len(vocab)} 个不同的词")

# 1. 下采样：每次遇到词 w，以概率 1 - sqrt(t / f(w)) 把它丢掉（f < t 时不丢）
t = 1e-3
discard = np.maximum(0.0, 1 - np.sqrt(t / f))
print(f"\n下采样阈值 t = {t}：频率低于 t（出现少于 {t * freq.sum():.0f} 次）的词一个也不丢")
print("词　　     次数    频率 f  丢弃概率")
for w in ["的", "是", "和", "模型", "向量", "梯度"]:
    i = vocab.index(w)
    print(f"{w.ljust(3, chr(0x3000))}{int(freq[i]):>7}{f[i]:>10.4f}{discard[i]:>10.3f}")
kept = (freq * (1 - discard)).sum()
print(f"平均每轮保留 {kept:.0f} 个词元（{kept / freq.sum():.1%}），「的」从第 1 名降到每轮约 {freq[0] * (1 - discard[0]):.0f} 次")

# 2. 噪声分布：P_n(w) ∝ f(w)^0.75
noise = f ** 0.75 / np.sum(f ** 0.75)
print("\n词　　  unigram 概率  噪声概率^0.75    比值")
for w in ["的", "模型", "向量", "梯度", vocab[1000], vocab[-1]]:
    i = vocab.index(w)
    print(f"{w.ljust(3, chr(0x3000))}{f[i]:>12.5f}{noise[i]:>16.5f}{noise[i] / f[i]:>12.2f}")
print(f"前 10 个高频词占的概率：unigram {f[:10].sum():.3f}，噪声分布 {noise[:10].sum():.3f}")

# 3. 两个词的小例子：频率 0.9 和 0.1
toy = np.array([0.9, 0.1])
print("\n小例子：频率", toy, "→ 0.75 次方", np.round(toy ** 0.75, 4),
      "→ 归一化", np.round(toy ** 0.75 / np.sum(toy ** 0.75), 4))
