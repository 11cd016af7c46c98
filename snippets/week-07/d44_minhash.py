"""从零实现 MinHash：估计的 Jaccard 相似度与精确值对照，以及签名长度与误差、LSH 分桶的概率"""
import hashlib
import json
import re
from pathlib import Path

import numpy as np

pages = {d["url"].split("/", 3)[3]: d["text"] for d in map(json.loads, Path("data/web_text/pages.jsonl").open(encoding="utf-8"))}


def clean(text):  # 只留以句末标点结尾的行，去掉导航和页脚
    return "\n".join(ln for ln in text.split("\n") if ln.endswith(("。", "！", "？")))


def shingles(text, k=5):
    t = re.sub(r"\s+", "", text)
    return {t[i:i + k] for i in range(len(t) - k + 1)}  # 连续 k 个字符为一片


P = (1 << 61) - 1  # 一个梅森素数，哈希 h(x) = (a·x + b) mod P
rng = np.random.default_rng(0)
A = [int(a) for a in rng.integers(1, 2**62, size=256)]
B = [int(b) for b in rng.integers(0, 2**62, size=256)]


def base_hash(s):
    return int.from_bytes(hashlib.blake2b(s.encode(), digest_size=8).digest(), "little")


def minhash(sh, num_perm):
    xs = [base_hash(s) for s in sh]
    return np.array([min((a * x + b) % P for x in xs) for a, b in zip(A[:num_perm], B[:num_perm])])


def jaccard(s1, s2):
    return len(s1 & s2) / len(s1 | s2)


pairs = [("bike/commute.html", "bike/commute-copy.html"),
         ("tea/green-tea.html", "tea/green-tea-copy.html"),
         ("dumpling/family.html", "dumpling/family-copy.html"),
         ("tea/green-tea.html", "tea/oolong.html"),
         ("food/tomato-egg.html", "food/tomato-egg.html?from=share")]
print(f"{'文档对':<49}精确 J   估计 J（128 个哈希）")
for u1, u2 in pairs:
    s1, s2 = shingles(clean(pages[u1])), shingles(clean(pages[u2]))
    est = np.mean(minhash(s1, 128) == minhash(s2, 128))
    print(f"{u1:<22} vs {u2:<31} {jaccard(s1, s2):.3f}    {est:.3f}")

# 签名越长，估计越准：标准差约为 sqrt(J(1-J)/k)
s1 = shingles(clean(pages["tea/green-tea.html"]))
s2 = shingles(clean(pages["tea/green-tea-copy.html"]))
J = jaccard(s1, s2)
sig1, sig2 = minhash(s1, 256), minhash(s2, 256)
print(f"\n绿茶这一对的精确 J = {J:.3f}；用前 k 个哈希估计：")
for k in [16, 64, 256]:
    print(f"  k = {k:>3}：估计 {np.mean(sig1[:k] == sig2[:k]):.3f}，理论标准差 {np.sqrt(J * (1 - J) / k):.3f}")

# LSH：签名切成 b 段、每段 r 行，至少一段完全相同才进入候选
b, r = 32, 4
print(f"\nLSH 分 {b} 段 × 每段 {r} 行，两篇文档成为候选的概率 1 − (1 − J^r)^b：")
print("  " + "  ".join(f"J={s:.1f}: {1 - (1 - s**r) ** b:.3f}" for s in [0.2, 0.4, 0.5, 0.6, 0.8]))
