"""在课程语料上统计字级 bigram 语言模型：计数、零概率、加一平滑与生成

P(w_i | w_{i-1}) = c(w_{i-1} w_i) / c(w_{i-1})；每行句子前加 <s>、后加 </s>。
"""
import math
import random
from collections import Counter
from pathlib import Path

random.seed(0)
lines = [ln.strip() for ln in Path("data/course_corpus/corpus.txt").read_text(encoding="utf-8").splitlines() if ln.strip()]
random.shuffle(lines)
n_test = len(lines) // 10
test, train = lines[:n_test], lines[n_test:]

BOS, EOS = "<s>", "</s>"
unigram, bigram = Counter(), Counter()
for s in train:
    toks = [BOS] + list(s) + [EOS]
    unigram.update(toks[:-1])                    # 作为「前一个字」出现的次数
    bigram.update(zip(toks[:-1], toks[1:]))
vocab = {t for s in train for t in s} | {EOS}
V = len(vocab)
print(f"训练句 {len(train)}，测试句 {len(test)}，词表大小 V = {V}（含 </s>）")
print(f"不同的 bigram 共 {len(bigram)} 种，可能的组合约 {V * V:,} 种，只见过 {len(bigram) / V / V:.2%}")


def p_mle(prev, cur):
    return bigram[(prev, cur)] / unigram[prev] if unigram[prev] else 0.0


def p_add1(prev, cur):
    return (bigram[(prev, cur)] + 1) / (unigram[prev] + V)


print(f"\nc(模) = {unigram['模']}，c(模型) = {bigram[('模', '型')]}，"
      f"P(型|模) = {p_mle('模', '型'):.4f}，加一后 {p_add1('模', '型'):.4f}")
print("「模」后面最常见的字：", [(c, round(p_mle('模', c), 3)) for (a, c), _ in bigram.most_common() if a == "模"][:4])


def sentence_prob(s, p):
    toks = [BOS] + list(s) + [EOS]
    logp = 0.0
    for a, b in zip(toks[:-1], toks[1:]):
        q = p(a, b)
        if q == 0:
            return float("-inf"), (a, b)
        logp += math.log(q)
    return logp, None


toks = [BOS] + list("梯度下降。") + [EOS]
print("\n链式法则逐项相乘：P(梯度下降。) =")
print("  " + " × ".join(f"P({b}|{a})" for a, b in zip(toks[:-1], toks[1:])))
print("  " + " × ".join(f"{p_mle(a, b):.3f}" for a, b in zip(toks[:-1], toks[1:])))
for s in ["梯度下降。", "下降梯度。", "我们训练模型。", "模型训练我们。"]:
    lp, bad = sentence_prob(s, p_mle)
    lp1, _ = sentence_prob(s, p_add1)
    note = f"没见过 bigram {bad}，概率 = 0" if bad else f"log P = {lp:.3f}"
    print(f"「{s}」MLE：{note}；加一平滑：log P = {lp1:.3f}")


def perplexity(p, sents):
    logp, count = 0.0, 0
    for s in sents:
        lp, bad = sentence_prob(s, p)
        if bad:
            return float("inf"), count
        logp += lp
        count += len(s) + 1
    return math.exp(-logp / count), count


unseen = sum(1 for s in test for a, b in zip([BOS] + list(s), list(s) + [EOS]) if bigram[(a, b)] == 0)
total = sum(len(s) + 1 for s in test)
print(f"\n测试集共 {total} 个 bigram，其中 {unseen} 个（{unseen / total:.1%}）在训练集里从没出现")
print(f"测试集困惑度：MLE = {perplexity(p_mle, test)[0]}，加一平滑 = {perplexity(p_add1, test)[0]:.1f}")
print(f"训练集困惑度：MLE = {perplexity(p_mle, train)[0]:.1f}，加一平滑 = {perplexity(p_add1, train)[0]:.1f}")

print("\n按 MLE 概率逐字采样生成 3 句：")
followers = {}
for (a, b), c in bigram.items():
    followers.setdefault(a, []).append((b, c))
for _ in range(3):
    prev, out = BOS, []
    while len(out) < 40:
        nxt = random.choices([b for b, _ in followers[prev]], weights=[c for _, c in followers[prev]])[0]
        if nxt == EOS:
            break
        out.append(nxt)
        prev = nxt
    print("  " + "".join(out))
