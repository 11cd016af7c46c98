"""停用词：去掉之前和之后，课程语料里最常见的词

用 jieba 精确模式切分 data/course_corpus/corpus.txt，统计词频；
再用课程自编的 data/stopwords/zh_stopwords.txt 过滤，看排行榜怎样变化。
"""
import logging
from collections import Counter
from pathlib import Path

import jieba

jieba.setLogLevel(logging.WARNING)          # 不打印「Building prefix dict」之类的加载信息


def load_stopwords(path):
    """一行一个词；空行和 # 开头的注释行跳过"""
    words = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        word = line.strip()
        if word and not word.startswith("#"):
            words.add(word)
    return words


stopwords = load_stopwords(Path("data/stopwords/zh_stopwords.txt"))
sentences = Path("data/course_corpus/corpus.txt").read_text(encoding="utf-8").splitlines()
tokens = [w for s in sentences for w in jieba.lcut(s) if w.strip()]   # 丢掉纯空白
counts = Counter(tokens)
print(f"停用词表 {len(stopwords)} 个；语料 {len(sentences)} 句，切出 {len(tokens)} 个词，{len(counts)} 个不同的词")

kept = [w for w in tokens if w not in stopwords]
kept_counts = Counter(kept)
print(f"去停用词后剩 {len(kept)} 个词（{len(kept) / len(tokens):.1%}），{len(kept_counts)} 个不同的词")
hit = sum(1 for w in stopwords if w in counts)
print(f"表里的 {len(stopwords)} 个停用词有 {hit} 个在语料里出现过\n")

def cell(word, count):
    return word.ljust(2, "\u3000") + f"{count:>6}"    # 用全角空格补齐，中文才能对齐


print("名次   去停用词之前    去停用词之后")
for rank, ((w1, c1), (w2, c2)) in enumerate(zip(counts.most_common(12), kept_counts.most_common(12)), 1):
    print(f"{rank:>3}    {cell(w1, c1)}    {cell(w2, c2)}")

print("\n前 12 个词占全部词次的比例：",
      f"之前 {sum(c for _, c in counts.most_common(12)) / len(tokens):.1%}，",
      f"之后 {sum(c for _, c in kept_counts.most_common(12)) / len(kept):.1%}")

# 否定词为什么不能进停用词表：两句意思相反的短评
pos, neg = "这本书讲得清楚，我很喜欢。", "这本书讲得不清楚，我不喜欢。"
for name, text in [("正面", pos), ("负面", neg)]:
    print(f"{name}：{'/'.join(w for w in jieba.lcut(text) if w not in stopwords)}")
naive = stopwords | {"不"}                 # 假如把「不」也当作停用词
print("把「不」也删掉后，两句变成：",
      "/".join(w for w in jieba.lcut(pos) if w not in naive), "和",
      "/".join(w for w in jieba.lcut(neg) if w not in naive))
