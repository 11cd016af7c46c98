"""玩具词向量：用余弦相似度找意思相近的词

注意：下面 5 个 4 维“词向量”是为了教学手工编出来的，不是任何真实模型学到的。
真实模型的词向量由训练得到，有几百到几千维，每一维也没有这样清楚的名字。
"""
import numpy as np

# 4 个维度的（编造的）含义
dims = ["动物", "宠物", "食物", "甜"]
words = {
    "猫":   np.array([4.0, 3.0, 0.0, 0.0]),
    "狗":   np.array([3.0, 4.0, 0.0, 0.0]),
    "鱼":   np.array([2.0, 1.0, 2.0, 0.0]),
    "苹果": np.array([0.0, 0.0, 3.0, 4.0]),
    "香蕉": np.array([0.0, 0.0, 4.0, 3.0]),
}


def cosine(u, v):
    """余弦相似度：点积除以两个长度之积。"""
    return (u @ v) / (np.linalg.norm(u) * np.linalg.norm(v))


print("维度含义（编造的）:", dims)
for w, v in words.items():
    print(f"{w}\t{v}\t长度 = {np.linalg.norm(v):.4f}")

# 两两之间的余弦相似度表
names = list(words)
print("\n余弦相似度 | " + " | ".join(f"{n:>4}" for n in names))
for n1 in names:
    row = " | ".join(f"{cosine(words[n1], words[n2]):6.4f}" for n2 in names)
    print(f"{n1:>8} | {row}")

# 和“猫”最接近的词（不算它自己）
query = "猫"
others = [n for n in names if n != query]
ranked = sorted(others, key=lambda n: -cosine(words[query], words[n]))  # 从大到小排
print(f"\n与「{query}」最相似的词:", ", ".join(f"{n}({cosine(words[query], words[n]):.4f})" for n in ranked))

# 把“狗”的向量放大 2 倍：点积跟着变大，余弦相似度不变
big_dog = 2 * words["狗"]
print("\n猫·狗       =", words["猫"] @ words["狗"], f"  cos = {cosine(words['猫'], words['狗']):.4f}")
print("猫·(2×狗)   =", words["猫"] @ big_dog, f"  cos = {cosine(words['猫'], big_dog):.4f}")
