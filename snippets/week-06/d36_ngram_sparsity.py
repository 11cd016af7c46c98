"""n 越大越稀疏：测试集里有多少 n-gram 在训练集中从没出现

同样的 9:1 划分；n-gram 按字计，句首补 n−1 个 <s>。
"""
import random
from collections import Counter
from pathlib import Path

random.seed(0)
lines = [ln.strip() for ln in Path("data/course_corpus/corpus.txt").read_text(encoding="utf-8").splitlines() if ln.strip()]
random.shuffle(lines)
n_test = len(lines) // 10
test, train = lines[:n_test], lines[n_test:]


def ngrams(s, n):
    toks = ["<s>"] * (n - 1) + list(s) + ["</s>"]
    return [tuple(toks[i:i + n]) for i in range(len(toks) - n + 1)]


V = len({c for s in train for c in s}) + 1
print(f"{'n':>2} {'训练中不同 n-gram':>14} {'可能的组合 V^n':>16} {'测试 n-gram 没见过':>16}")
for n in range(1, 6):
    seen = Counter(g for s in train for g in ngrams(s, n))
    test_grams = [g for s in test for g in ngrams(s, n)]
    unseen = sum(1 for g in test_grams if g not in seen)
    print(f"{n:>2} {len(seen):>18,} {float(V) ** n:>18.2e} {unseen / len(test_grams):>18.1%}")
