"""手算 ROUGE-1、ROUGE-2 与 ROUGE-L，再与 rouge-score 核对（含中文）"""
from collections import Counter

import jieba
from rouge_score import rouge_scorer

jieba.setLogLevel(60)


def prf(overlap, cand_total, ref_total):
    p, r = overlap / cand_total, overlap / ref_total
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def rouge_n(cand, ref, n):
    c = Counter(tuple(cand[i:i + n]) for i in range(len(cand) - n + 1))
    r = Counter(tuple(ref[i:i + n]) for i in range(len(ref) - n + 1))
    return prf(sum((c & r).values()), sum(c.values()), sum(r.values()))  # & 取两边次数的较小者


def lcs_length(a, b):
    """动态规划：table[i][j] 是 a 的前 i 个词与 b 的前 j 个词的最长公共子序列长度。"""
    table = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i, x in enumerate(a, 1):
        for j, y in enumerate(b, 1):
            table[i][j] = table[i - 1][j - 1] + 1 if x == y else max(table[i - 1][j], table[i][j - 1])
    return table[-1][-1]


def rouge_l(cand, ref):
    return prf(lcs_length(cand, ref), len(cand), len(ref))


class Split:
    """rouge-score 默认只保留英文字母和数字，中文会被整个删掉；换成自己的切分方式。"""
    def __init__(self, fn):
        self.tokenize = fn


def compare(title, cand, ref, split):
    c, r = split(cand), split(ref)
    scorer = rouge_scorer.RougeScorer(["rouge1", "rouge2", "rougeL"], tokenizer=Split(split))
    lib = scorer.score(ref, cand)  # 注意参数顺序：先参考，后候选
    print(title, "｜候选", len(c), "个词元，参考", len(r), "个")
    for name, mine in [("rouge1", rouge_n(c, r, 1)), ("rouge2", rouge_n(c, r, 2)), ("rougeL", rouge_l(c, r))]:
        s = lib[name]
        print(f"  {name}: 手算 P={mine[0]:.4f} R={mine[1]:.4f} F1={mine[2]:.4f} ｜ "
              f"rouge-score P={s.precision:.4f} R={s.recall:.4f} F1={s.fmeasure:.4f}")


compare("英文", "police killed the gunman in the street",
        "the gunman was shot dead by police in the street", str.split)
zh_cand = "研究人员发现每天步行半小时能降低心脏病风险"
zh_ref = "研究发现每天快走三十分钟可以明显降低患心脏病的风险"
compare("中文按字", zh_cand, zh_ref, list)
compare("中文按 jieba 词", zh_cand, zh_ref, jieba.lcut)
print("jieba：", " / ".join(jieba.lcut(zh_cand)), "｜", " / ".join(jieba.lcut(zh_ref)))
default = rouge_scorer.RougeScorer(["rouge1"]).score(zh_ref, zh_cand)["rouge1"]
print(f"不换切分方式直接算中文：rouge1 F1 = {default.fmeasure:.4f}（中文字符全被当成无效字符删掉了）")
