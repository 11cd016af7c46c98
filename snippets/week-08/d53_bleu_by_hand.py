"""手算 BLEU：修正 n-gram 精确率、几何平均与简短惩罚，再与 NLTK、sacrebleu 核对"""
import math
from collections import Counter

import sacrebleu
from nltk.translate.bleu_score import corpus_bleu


def ngrams(tokens, n):
    return Counter(tuple(tokens[i:i + n]) for i in range(len(tokens) - n + 1))


def bleu(candidates, references, max_n=4):
    """语料级 BLEU：各句的截断匹配数与 n-gram 数先分别求和，再算精确率。"""
    matched, total = [0] * max_n, [0] * max_n
    c_len = r_len = 0
    for cand, refs in zip(candidates, references):
        c_len += len(cand)
        r_len += min((len(r) for r in refs), key=lambda L: (abs(L - len(cand)), L))  # 最接近的参考长度
        for n in range(1, max_n + 1):
            counts = ngrams(cand, n)
            max_ref = Counter()
            for r in refs:
                max_ref |= ngrams(r, n)  # 每个 n-gram 在任一参考译文中出现的最多次数
            matched[n - 1] += sum(min(c, max_ref[g]) for g, c in counts.items())
            total[n - 1] += sum(counts.values())
    precisions = [m / t for m, t in zip(matched, total)]
    bp = 1.0 if c_len > r_len else math.exp(1 - r_len / c_len)
    score = bp * math.exp(sum(math.log(p) for p in precisions) / max_n)
    return score, precisions, bp, c_len, r_len


# 一个英文小例子：两句候选译文，每句两条参考译文
cands = ["the cat sat on mat", "there is a small small dog in the garden"]
refs = [["the cat is sitting on the mat today", "today a cat sat on the mat"],
        ["a small dog is in the garden", "there is a little dog in the garden"]]
cand_tok = [c.split() for c in cands]
refs_tok = [[r.split() for r in rs] for rs in refs]

score, precisions, bp, c_len, r_len = bleu(cand_tok, refs_tok)
print("修正精确率 p1..p4 =", [f"{p:.4f}" for p in precisions])
print(f"候选长度 c = {c_len}，参考长度 r = {r_len}，简短惩罚 BP = {bp:.4f}")
print(f"手算 BLEU        = {score:.4f}")
print(f"NLTK corpus_bleu = {corpus_bleu(refs_tok, cand_tok):.4f}")
# sacrebleu 的参考译文按「第几套参考」组织，分数是 0–100
sys_refs = [list(r) for r in zip(*refs)]
print(f"sacrebleu        = {sacrebleu.corpus_bleu(cands, sys_refs).score / 100:.4f}")

# 中文：同一对句子，按字切分与先用 jieba 分词，分数不同
zh_cand = ["今天猫坐在垫子上晒太阳"]
zh_refs = [["今天那只猫坐在垫子上晒太阳"]]
by_char = sacrebleu.corpus_bleu(zh_cand, [[r[0] for r in zh_refs]], tokenize="zh").score / 100
import jieba  # noqa: E402

jieba.setLogLevel(60)
cand_words = [jieba.lcut(zh_cand[0])]
ref_words = [[jieba.lcut(zh_refs[0][0])]]
print("\njieba 分词：", " / ".join(cand_words[0]), "｜", " / ".join(ref_words[0][0]))
print(f"按字切分 BLEU（sacrebleu tokenize='zh'）= {by_char:.4f}")
print(f"按字切分 BLEU（手算）                  = {bleu([list(zh_cand[0])], [[list(zh_refs[0][0])]])[0]:.4f}")
print(f"按 jieba 词切分 BLEU（手算）           = {bleu(cand_words, ref_words)[0]:.4f}")
