"""下一个词预测的损失：标签左移一位，手算交叉熵并与 F.cross_entropy 对照"""
import math

import torch
import torch.nn.functional as F

torch.manual_seed(0)
vocab = ["<s>", "我", "爱", "学习", "。"]
V = len(vocab)
seq = [0, 1, 2, 3]                    # <s> 我 爱 学习
inputs, labels = seq[:-1], seq[1:]    # 输入去掉最后一个，标签去掉第一个：标签左移一位
print("位置  输入(已看到的最后一个)  要预测的标签")
for t, (x, y) in enumerate(zip(inputs, labels)):
    print(f"{t:>3}   {vocab[x]:<20}  {vocab[y]}")

# 假装这是模型在 3 个位置上输出的 logits（每个位置对 5 个词元各一个分数）
logits = torch.randn(3, V).round(decimals=1)
print("\nlogits：\n", logits)

# 手算：softmax 得到概率，取正确标签的概率，求 −ln 再取平均
losses = []
for t, y in enumerate(labels):
    z = logits[t].tolist()
    p = math.exp(z[y]) / sum(math.exp(v) for v in z)
    losses.append(-math.log(p))
    print(f"位置 {t}：P({vocab[y]}) = {p:.4f}，−ln P = {-math.log(p):.4f}")
by_hand = sum(losses) / len(losses)
lib = F.cross_entropy(logits, torch.tensor(labels))
print(f"\n手算平均交叉熵      {by_hand:.6f}")
print(f"F.cross_entropy     {lib.item():.6f}")
print(f"困惑度 exp(损失)     {math.exp(by_hand):.4f}")
print(f"均匀乱猜的基线 ln V = ln {V} = {math.log(V):.4f}，对应困惑度 {V}")
