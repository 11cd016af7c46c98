"""列表、元组、字典、集合：搭一个迷你词表

把一句已经用空格切好的话变成编号列表（编码），再把编号变回文字（解码）；
顺便看元组的不可修改、集合的去重、列表推导式，以及列表“别名”的坑。
"""

# ---- 列表 list：有顺序、可修改 ----
text = "我 爱 学习 ， 我 爱 大 模型"
tokens = text.split()  # 按空格切开，得到一个列表
print("词元列表:", tokens)
print("长度:", len(tokens), "| 第一个:", tokens[0], "| 最后两个:", tokens[-2:])

# ---- 集合 set：自动去重 ----
unique_tokens = set(tokens)
print("不重复的词元有", len(unique_tokens), "个")
print("'爱' in unique_tokens:", "爱" in unique_tokens)

# ---- 字典 dict：键 -> 值。按第一次出现的顺序给每个词编号 ----
vocab = {}
for token in tokens:
    if token not in vocab:
        vocab[token] = len(vocab)
print("词表 vocab:", vocab)

# 编码：词 -> 编号（列表推导式）
ids = [vocab[token] for token in tokens]
print("编码 ids:", ids)

# 解码：编号 -> 词。先造一个反向字典
id_to_token = {}
for token, token_id in vocab.items():
    id_to_token[token_id] = token
print("解码:", "".join([id_to_token[i] for i in ids]))
print("查不到的词用 get 给默认值:", vocab.get("猫", -1))

# ---- 列表推导式：带条件的筛选 ----
long_tokens = [t for t in tokens if len(t) >= 2]
print("两个字以上的词元:", long_tokens)
print("每个词元的长度:", [len(t) for t in tokens])

# ---- 元组 tuple：有顺序、不可修改 ----
shape = (2, 3)
rows, cols = shape  # 拆包：一次取出两个值
print("shape =", shape, "| 行数:", rows, "| 列数:", cols)
try:  # try/except 用来“接住”错误，这里只为展示报错信息
    shape[0] = 5
except TypeError as err:
    print("修改元组报错:", err)

# ---- 别名：b = a 不会复制列表 ----
a = [1, 2, 3]
b = a          # b 和 a 是同一个列表的两个名字
c = a.copy()   # c 是一份新的副本
b.append(4)
print("b.append(4) 之后  a =", a, "| b =", b, "| c =", c)
