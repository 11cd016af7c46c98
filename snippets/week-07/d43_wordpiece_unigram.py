"""WordPiece 的合并得分、Unigram 分词器，以及三种分词器在同一段中文上的词元数"""
import json
from collections import Counter
from pathlib import Path

import jieba
from tokenizers import Tokenizer, decoders, models, pre_tokenizers, trainers

jieba.setLogLevel(60)

# 1. WordPiece 的得分 c(ab) / (c(a)·c(b))，与 BPE 只看 c(ab) 对比（玩具语料与 BPE 那段代码相同）
toy = {"walk": 5, "walks": 2, "walked": 4, "walking": 3, "talk": 4, "talked": 3, "talking": 2, "king": 2}
unit, pair = Counter(), Counter()
for w, c in toy.items():
    for ch in w:
        unit[ch] += c
    for a, b in zip(w, w[1:]):
        pair[(a, b)] += c
rows = sorted(pair, key=lambda p: -pair[p] / (unit[p[0]] * unit[p[1]]))
print("符号对   c(ab)  c(a)  c(b)   得分 c(ab)/(c(a)c(b))")
for a, b in rows[:3] + sorted(pair, key=lambda p: -pair[p])[:2]:
    print(f"{a}+{b:<5} {pair[(a, b)]:>5} {unit[a]:>5} {unit[b]:>5}   {pair[(a, b)] / (unit[a] * unit[b]):.4f}")

# 2. 在课程语料上训练三种分词器，词表都是 3000
lines = Path("data/course_corpus/corpus.txt").read_text(encoding="utf-8").splitlines()
train, held_out = lines[:-200], lines[-200:]
specials = ["[UNK]", "[CLS]", "[SEP]", "[PAD]", "[MASK]"]

bpe = Tokenizer(models.BPE(unk_token="[UNK]"))
bpe.pre_tokenizer = pre_tokenizers.Whitespace()
bpe.train_from_iterator(train, trainers.BpeTrainer(vocab_size=3000, special_tokens=specials, show_progress=False))

wp = Tokenizer(models.WordPiece(unk_token="[UNK]"))
wp.pre_tokenizer = pre_tokenizers.Whitespace()
wp.decoder = decoders.WordPiece()
wp.train_from_iterator(train, trainers.WordPieceTrainer(vocab_size=3000, special_tokens=specials,
                                                        show_progress=False))

uni = Tokenizer(models.Unigram())
uni.pre_tokenizer = pre_tokenizers.Metaspace()  # 空格变成 ▁，和其他字符一样参与切分
uni.decoder = decoders.Metaspace()
uni.train_from_iterator(train, trainers.UnigramTrainer(vocab_size=3000, special_tokens=specials,
                                                       unk_token="[UNK]", show_progress=False))
pieces = json.loads(uni.to_str())["model"]["vocab"]  # [词元, 对数概率]
best = sorted((p for p in pieces if len(p[0]) >= 2 and p[0] not in specials), key=lambda p: -p[1])[:6]
print("\nUnigram 概率最高的几个多字词元：", [(p, round(s, 2)) for p, s in best])

text = "我用 Python 训练了一个 BPE 分词器，它把没见过的长词拆成常见的子词。"
print(f"\n「{text}」")
for name, tok in [("BPE", bpe), ("WordPiece", wp), ("Unigram", uni)]:
    toks = tok.encode(text).tokens
    print(f"{name:>9} {len(toks):>2} 个：", " ".join(toks))
print(f"{'jieba 分词':>8} {len(jieba.lcut(text)):>2} 个词；按字切分 {len(text)} 个字符")

n_chars = sum(len(s) for s in held_out)
print(f"\n留出的 200 句，{n_chars} 个字符：")
for name, tok in [("BPE", bpe), ("WordPiece", wp), ("Unigram", uni)]:
    ids = [tok.encode(s).ids for s in held_out]
    n_unk = sum(i.count(tok.token_to_id("[UNK]")) for i in ids)
    # 训练器在计数相同的合并之间的取舍每次运行可能不同，词元总数会差十几个，所以报告每字符的词元数（两位小数）
    print(f"{name:>9}: 每个字符 {sum(map(len, ids)) / n_chars:.2f} 个词元（其中 [UNK] {n_unk} 个）")
print(f"{'jieba':>9}: 每个字符 {sum(len(jieba.lcut(s)) for s in held_out) / n_chars:.2f} 个词")
