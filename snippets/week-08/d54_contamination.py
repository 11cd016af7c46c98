"""数据污染检查：测试题里有多少 n-gram 早已出现在训练语料中"""
import random
from pathlib import Path

random.seed(0)
train = Path("data/course_corpus/corpus.txt").read_text(encoding="utf-8").splitlines()

# 一份假想的「测试集」：3 道题是训练语料里的原句或改了几个字的句子，其余是新写的
copied = random.sample(train, 2)
edited = random.choice(train).replace("的", "之", 1).replace("是", "乃", 1)
fresh = ["周末的公园里有很多人在放风筝和散步。",
         "这家面馆的牛肉面汤头浓郁，价格也公道。",
         "火车晚点了四十分钟，站台上挤满了等车的旅客。",
         "她把阳台上的花重新换了盆，还浇了一遍水。",
         "小区门口新开了一家书店，晚上十点才关门。"]
test = copied + [edited] + fresh
N = 8  # 以 8 个字为一个 n-gram：足够长，偶然撞上的可能很小


def grams(text, n=N):
    return {text[i:i + n] for i in range(len(text) - n + 1)}


train_grams = set().union(*(grams(s) for s in train))
print(f"训练语料 {len(train)} 句，不同的 {N}-gram 共 {len(train_grams)} 个\n")
for i, sentence in enumerate(test, 1):
    g = grams(sentence)
    overlap = len(g & train_grams) / len(g) if g else 0.0
    flag = "疑似污染" if overlap >= 0.5 else ""
    print(f"第 {i} 题 重叠 {overlap:5.0%} {flag:<4} {sentence[:24]}")
