"""类与继承：一个能编码、解码的字符级分词器

CharTokenizer 用一段文本建词表（每个不同的字一个编号），encode 把文字变成编号，
decode 把编号变回文字；SpecialTokenizer 继承它，再加上 <unk>、<bos>、<eos>。
"""


class CharTokenizer:
    """字符级分词器：每个不同的字分到一个整数编号。"""

    def __init__(self, text):                  # 构造方法：创建对象时自动调用
        chars = sorted(set(text))              # 去重后按 Unicode 编码排序，结果固定
        self.stoi = {ch: i for i, ch in enumerate(chars)}   # 字 -> 编号
        self.itos = {i: ch for ch, i in self.stoi.items()}  # 编号 -> 字

    def encode(self, text):
        return [self.stoi[ch] for ch in text]

    def decode(self, ids):
        return "".join(self.itos[i] for i in ids)

    def __len__(self):                          # 让 len(分词器) 返回词表大小
        return len(self.stoi)

    def __repr__(self):                         # 让 print / 交互式显示有可读的样子
        return f"{type(self).__name__}(vocab_size={len(self)})"


corpus = "我爱大模型，大模型爱学习。"
tok = CharTokenizer(corpus)
print("对象:", tok, "| 类型:", type(tok).__name__)
print("词表:", tok.stoi)
ids = tok.encode("我爱学习")
print("encode('我爱学习') =", ids)
print("decode(...)        =", tok.decode(ids))
other = CharTokenizer("你好")                   # 同一个类的另一个实例，数据各自独立
print("两个实例:", tok, other, "| len(other) =", len(other))
try:
    tok.encode("我爱猫")
except KeyError as err:
    print("词表里没有的字会报 KeyError:", err)


class SpecialTokenizer(CharTokenizer):
    """在 CharTokenizer 上加特殊词元：<unk> 未知字，<bos> 开头，<eos> 结尾。"""

    SPECIALS = ["<unk>", "<bos>", "<eos>"]     # 类属性：所有实例共享

    def __init__(self, text):
        super().__init__(text)                  # 先让父类把普通字的词表建好
        for s in self.SPECIALS:                 # 再把特殊词元接在后面
            self.stoi[s] = len(self.stoi)
            self.itos[self.stoi[s]] = s

    def encode(self, text, add_special=True):   # 重写（override）父类的方法
        unk = self.stoi["<unk>"]
        ids = [self.stoi.get(ch, unk) for ch in text]
        if add_special:
            ids = [self.stoi["<bos>"]] + ids + [self.stoi["<eos>"]]
        return ids


stok = SpecialTokenizer(corpus)
print("\n子类对象:", stok, "| 特殊词元编号:", {s: stok.stoi[s] for s in stok.SPECIALS})
ids = stok.encode("我爱猫")
print("encode('我爱猫') =", ids)
print("decode(...)      =", stok.decode(ids))   # decode 没有重写，直接继承父类的
print("不加特殊词元:", stok.encode("我爱猫", add_special=False))
print("isinstance(stok, CharTokenizer):", isinstance(stok, CharTokenizer),
      "| isinstance(tok, SpecialTokenizer):", isinstance(tok, SpecialTokenizer))
