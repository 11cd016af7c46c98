"""用 tokenizers 在课程语料上训练 BPE：词表、合并规则、编码结果，以及词表大小与序列长度的权衡"""
import json
from pathlib import Path

from tokenizers import Tokenizer, models, pre_tokenizers, trainers

lines = Path("data/course_corpus/corpus.txt").read_text(encoding="utf-8").splitlines()
train, held_out = lines[:-200], lines[-200:]  # 最后 200 句不参与训练，用来数词元
chars = sorted(set("".join(train)))
print(f"训练用 {len(train)} 句，{sum(map(len, train))} 个字符，不同的字符 {len(chars)} 个")


def train_bpe(vocab_size):
    tok = Tokenizer(models.BPE(unk_token="[UNK]"))
    tok.pre_tokenizer = pre_tokenizers.Whitespace()  # 按空白和标点先切开；中文句子里的一串汉字是一整块
    trainer = trainers.BpeTrainer(vocab_size=vocab_size, special_tokens=["[UNK]", "[PAD]"],
                                  show_progress=False)
    tok.train_from_iterator(train, trainer)
    return tok


tok = train_bpe(3000)
merges = json.loads(tok.to_str())["model"]["merges"]
merges = [" + ".join(m.split(" ") if isinstance(m, str) else m) for m in merges]
print(f"\n词表 {tok.get_vocab_size()} 个 = 2 个特殊词元 + 初始字符 + {len(merges)} 条合并规则")
print("最早的 10 条合并：", "，".join(merges[:10]))
print("第 1001–1005 条：", "，".join(merges[1000:1005]))
# 计数相同的合并谁先谁后，训练器每次运行可能不同，所以只列最长（至少 10 个字符）的几个，并按字母排好
long_tokens = sorted((t for t in tok.get_vocab() if len(t) >= 10), key=lambda t: (-len(t), t))
print("最长的几个词元：", long_tokens)

sentence = "梯度下降沿着损失函数的负梯度方向更新模型参数。"
enc = tok.encode(sentence)
print(f"\n编码「{sentence}」")
print("  词元：", enc.tokens)
print("  编号：", len(enc.ids), "个（具体数值取决于训练器的取舍，每次运行可能不同）")
print("  解码：", tok.decode(enc.ids).replace(" ", ""))  # decode 会在词元之间插空格
print("没见过的字「氪」「🙂」：", tok.encode("氪金🙂").tokens)

# 词表越大，同一段文字切出的词元越少
n_chars = sum(len(s) for s in held_out)
print(f"\n留出的 200 句共 {n_chars} 个字符")
print("词表大小   词元数   平均每个字符几个词元")
for v in [len(chars) + 2, 2000, 3000, 5000, 8000]:
    t = train_bpe(v)
    n = sum(len(t.encode(s).ids) for s in held_out)
    print(f"{t.get_vocab_size():>7}   {n:>6}   {n / n_chars:.3f}")
