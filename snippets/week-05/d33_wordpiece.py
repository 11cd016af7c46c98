"""用 Hugging Face tokenizers 在课程语料上训练一个小 WordPiece 分词器

语料：data/course_corpus/corpus.txt（1,647 句）。两种预分词方式对比：
方式一：Whitespace 只在空白和标点处切开，一段连续的汉字整体交给 WordPiece；
方式二：BertNormalizer 像中文 BERT 那样先在每个汉字两边加空格，于是每个汉字单独成词。
"""
from tokenizers import Tokenizer, decoders, models, normalizers, pre_tokenizers, trainers

corpus = "data/course_corpus/corpus.txt"
sentence = "逻辑回归用梯度下降训练模型，NumPy 负责矩阵运算。"

settings = [("整段汉字", normalizers.NFKC()),
            ("逐字切开", normalizers.BertNormalizer(handle_chinese_chars=True, lowercase=False))]
for name, norm in settings:
    tok = Tokenizer(models.WordPiece(unk_token="[UNK]"))
    tok.normalizer = norm
    tok.pre_tokenizer = pre_tokenizers.Whitespace()
    tok.decoder = decoders.WordPiece()               # 解码时去掉 ## 并把子词拼回去
    trainer = trainers.WordPieceTrainer(vocab_size=3000, min_frequency=2, show_progress=False,
                                        special_tokens=["[PAD]", "[UNK]", "[CLS]", "[SEP]"])
    tok.train([corpus], trainer)
    enc = tok.encode(sentence)
    # 训练器在计数相同的候选之间的取舍每次可能不同，逐字切开时最终词表会差几个，所以取整到百位
    print(f"{name}：词表约 {round(tok.get_vocab_size(), -2)} 个")
    print("  预分词:", [w for w, _ in tok.pre_tokenizer.pre_tokenize_str(norm.normalize_str(sentence))][:8], "…")
    print("  词元  :", enc.tokens)
    # 具体编号取决于训练器在计数相同的候选之间怎样取舍，每次运行可能不同，这里只看个数
    print("  编号  :", len(enc.ids), "个，与词元一一对应")
    print("  还原  :", tok.decode(enc.ids))
    print("  没见过的字:", tok.encode("鲸鱼").tokens)
