"""从零实现 BPE：在一个玩具语料上逐步合并，并与 tokenizers 库的结果逐条对照

玩具语料是「词 → 出现次数」的表。BPE 每一轮统计所有相邻符号对的出现次数（按词频加权），
把次数最多的一对合并成一个新符号；次数相同时，按两个符号在词表中的编号从小到大挑（与库的做法相同）。
"""
import json
from collections import Counter

from tokenizers import Tokenizer, models, pre_tokenizers, trainers

toy = {"walk": 5, "walks": 2, "walked": 4, "walking": 3, "talk": 4, "talked": 3, "talking": 2, "king": 2}
num_merges = 8

# 初始词表：所有字符，按 Unicode 编码排序后编号
vocab = sorted({ch for w in toy for ch in w})
token_id = {t: i for i, t in enumerate(vocab)}
words = {tuple(w): c for w, c in toy.items()}  # 每个词先拆成单个字符
print("初始词表（%d 个字符）：" % len(vocab), " ".join(vocab))


def count_pairs(words):
    pairs = Counter()
    for symbols, c in words.items():
        for a, b in zip(symbols, symbols[1:]):
            pairs[(a, b)] += c  # 一个词出现 c 次，它里面的每个相邻对也出现 c 次
    return pairs


def merge(words, pair):
    new_words = {}
    for symbols, c in words.items():
        out, i = [], 0
        while i < len(symbols):
            if i + 1 < len(symbols) and (symbols[i], symbols[i + 1]) == pair:
                out.append(symbols[i] + symbols[i + 1])
                i += 2
            else:
                out.append(symbols[i])
                i += 1
        new_words[tuple(out)] = c
    return new_words


my_merges = []
for step in range(1, num_merges + 1):
    pairs = count_pairs(words)
    # 次数最多者优先；次数相同则编号小者优先
    best = min(pairs, key=lambda p: (-pairs[p], token_id[p[0]], token_id[p[1]]))
    top3 = sorted(pairs.items(), key=lambda kv: (-kv[1], token_id[kv[0][0]], token_id[kv[0][1]]))[:3]
    words = merge(words, best)
    new = best[0] + best[1]
    token_id[new] = len(token_id)
    my_merges.append(best)
    print(f"第 {step} 轮 前三名 {[(a + '+' + b, n) for (a, b), n in top3]} → 合并 {best[0]}+{best[1]} = {new}")

print("合并后的词：", {" ".join(s): c for s, c in words.items()})

# 同样的语料交给 tokenizers 库：把每个词重复它出现的次数
tok = Tokenizer(models.BPE())
tok.pre_tokenizer = pre_tokenizers.Whitespace()
trainer = trainers.BpeTrainer(vocab_size=len(vocab) + num_merges, show_progress=False)
tok.train_from_iterator([" ".join([w] * c) for w, c in toy.items()], trainer)
lib_merges = [tuple(m.split(" ")) if isinstance(m, str) else tuple(m)
              for m in json.loads(tok.to_str())["model"]["merges"]]
print("库学到的合并：", [a + "+" + b for a, b in lib_merges])
print("与从零实现逐条相同：", lib_merges == my_merges)
print("库的编码 walked →", tok.encode("walked").tokens, "  talks →", tok.encode("talks").tokens,
      "  balking →", tok.encode("balking").tokens)
