"""困惑度：从平均交叉熵到「在几个词元之间犹豫」"""
import math
import random
from collections import Counter
from pathlib import Path

import jieba
import torch
import torch.nn.functional as F

jieba.setLogLevel(60)  # 不打印 jieba 加载词典的提示
random.seed(0)
lines = Path("data/course_corpus/corpus.txt").read_text(encoding="utf-8").splitlines()
random.shuffle(lines)
train, test = lines[:1500], lines[1500:]  # 1,500 句训练，147 句留作测试


def bigram_model(sentences):
    """加一平滑的二元模型：P(b|a) = (c(a,b) + 1) / (c(a) + V)，<s> 和 </s> 标记句首句尾。"""
    pairs, firsts = Counter(), Counter()
    for seq in sentences:
        seq = ["<s>", *seq, "</s>"]
        pairs.update(zip(seq, seq[1:]))
        firsts.update(seq[:-1])
    vocab = {t for seq in sentences for t in seq} | {"</s>", "<unk>"}
    return pairs, firsts, len(vocab)


def total_nll(model, sentences):
    """测试集上每个位置的 -ln P 之和，以及预测的位置数（每句的词元数 + 句尾）。"""
    pairs, firsts, v = model
    nll, count = 0.0, 0
    for seq in sentences:
        seq = ["<s>", *seq, "</s>"]
        for a, b in zip(seq, seq[1:]):
            nll -= math.log((pairs[(a, b)] + 1) / (firsts[a] + v))
            count += 1
    return nll, count


chars = lambda ss: [list(s) for s in ss]
words = lambda ss: [jieba.lcut(s) for s in ss]
test_chars = sum(len(s) + 1 for s in test)  # 字数 + 每句一个句尾

print("模型          词元数   平均交叉熵(nats)  困惑度   每字交叉熵")
for name, split in [("字级二元", chars), ("词级二元", words)]:
    nll, n = total_nll(bigram_model(split(train)), split(test))
    print(f"{name:<10} {n:>8} {nll / n:>14.4f} {math.exp(nll / n):>9.1f} {nll / test_chars:>10.4f}")

_, _, v = bigram_model(chars(train))
print(f"\n均匀分布（字表大小 V = {v}）：困惑度 = exp(ln V) = {math.exp(math.log(v)):.1f}")

# 同一件事用 PyTorch 算：困惑度就是 exp(交叉熵损失)
torch.manual_seed(0)
logits = torch.randn(6, 5)  # 6 个位置、5 个候选词元的打分
targets = torch.tensor([0, 3, 1, 1, 4, 2])
loss = F.cross_entropy(logits, targets)
by_hand = -torch.log_softmax(logits, dim=1)[torch.arange(6), targets].mean()
print(f"F.cross_entropy = {loss.item():.4f}，手算 = {by_hand.item():.4f}，困惑度 = {loss.exp().item():.4f}")
