"""词干化：PorterStemmer 与 SnowballStemmer；中文的全角/半角归一"""
import unicodedata

from nltk.stem import PorterStemmer, SnowballStemmer

porter = PorterStemmer()
snowball = SnowballStemmer("english")
words = ["running", "runs", "ran", "studies", "studying", "generously", "fairly",
         "better", "mice", "university", "universe", "organization", "organ", "was"]
print(f"{'原词':<14}{'Porter':<12}{'Snowball':<12}")
for w in words:
    print(f"{w:<16}{porter.stem(w):<12}{snowball.stem(w):<12}")

# 词干化能合并的：同一个词的不同词尾
family = ["connect", "connected", "connecting", "connection", "connections"]
print("\nconnect 一家：", sorted({porter.stem(w) for w in family}))

# 中文没有词形变化，但有「同一个字的不同编码」：全角字母数字、全角标点
raw = "用Ｐｙｔｈｏｎ３写第１个程序，ＯＫ！"
nfkc = unicodedata.normalize("NFKC", raw)          # 兼容分解再组合：全角 → 半角
print("\n归一之前：", raw, "  长度", len(raw))
print("NFKC 之后：", nfkc, "  长度", len(nfkc))
print("「Ａ」和「A」是同一个字符吗？", "Ａ" == "A", "  NFKC 之后：", unicodedata.normalize("NFKC", "Ａ") == "A")
print("中文逗号「，」NFKC 之后：", unicodedata.normalize("NFKC", "，"), "  中文句号「。」：", unicodedata.normalize("NFKC", "。"))
