"""字节级 BPE：汉字的 UTF-8 字节，以及为什么它永远不会遇到未知字符"""
from pathlib import Path

from tokenizers import Tokenizer, decoders, models, pre_tokenizers, trainers

for ch in ["a", "é", "中", "氪", "🙂"]:
    b = ch.encode("utf-8")
    print(f"{ch!r:5} UTF-8 占 {len(b)} 个字节：", " ".join(f"{x:02X}" for x in b))

lines = Path("data/course_corpus/corpus.txt").read_text(encoding="utf-8").splitlines()
train, held_out = lines[:-200], lines[-200:]
tok = Tokenizer(models.BPE())
tok.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
tok.decoder = decoders.ByteLevel()
trainer = trainers.BpeTrainer(vocab_size=3000, show_progress=False,
                              initial_alphabet=pre_tokenizers.ByteLevel.alphabet())  # 256 个字节全部在词表里
tok.train_from_iterator(train, trainer)
print(f"\n字节级 BPE：词表 {tok.get_vocab_size()} 个，其中 256 个是单个字节")

# 库把每个字节显示成一个可打印字符（GPT-2 的做法）；这里把它换回十六进制字节，便于阅读
printable = [*range(33, 127), *range(161, 173), *range(174, 256)]
byte_of = {chr(b): b for b in printable}
byte_of.update({chr(256 + k): b for k, b in enumerate(b for b in range(256) if b not in printable)})

for text in ["模型的参数", "氪金🙂"]:
    enc = tok.encode(text)
    shown = ["".join(f"{byte_of[c]:02X}" for c in t) for t in enc.tokens]
    print(f"「{text}」→ {len(enc.ids)} 个词元，字节：", " | ".join(shown))
    print("   解码：", tok.decode(enc.ids), "  与原文相同：", tok.decode(enc.ids) == text)

n_chars = sum(len(s) for s in held_out)
n_tok = sum(len(tok.encode(s).ids) for s in held_out)
print(f"\n留出的 200 句（{n_chars} 个字符）→ 字节级 BPE {n_tok} 个词元，平均每字符 {n_tok / n_chars:.3f} 个")
