"""常用 NLP 库能离线做什么：NLTK 的分词与词干化，jieba 词性标注当作粗糙的 NER

jieba.posseg 的词性里 nr = 人名、ns = 地名、nt = 机构团体名。把它们当作 PER/LOC/ORG，
在 data/zh_ner/sentences.txt 的 300 句上按实体计算精确率、召回率和 F1。
"""
import re
from pathlib import Path

import jieba
import jieba.posseg as pseg
from nltk.stem import PorterStemmer, SnowballStemmer
from nltk.tokenize import RegexpTokenizer

jieba.setLogLevel(60)

# NLTK：正则分词和词干化都不需要下载任何数据
sentence = "The researchers weren't running the models; they'd studied 3.5 GB of texts."
tokenizer = RegexpTokenizer(r"\d+(?:\.\d+)?|\w+(?:'\w+)?|[^\w\s]")
words = tokenizer.tokenize(sentence)
print("RegexpTokenizer:", words)
porter, snowball = PorterStemmer(), SnowballStemmer("english")
print("Porter  :", [porter.stem(w) for w in ["running", "studies", "models", "easily", "generously"]])
print("Snowball:", [snowball.stem(w) for w in ["running", "studies", "models", "easily", "generously"]])

# jieba.posseg：分词的同时给出词性
for s in ["王志强每天早上沿着黄浦江跑步。", "中国科学院的研究团队在青海建了一个观测站。"]:
    print("posseg:", " ".join(f"{p.word}/{p.flag}" for p in pseg.lcut(s)))

MARK = re.compile(r"\[([^\[\]]+)\]\((PER|LOC|ORG)\)")
FLAG_TO_TYPE = {"nr": "PER", "ns": "LOC", "nt": "ORG"}
gold, found = set(), set()
for j, line in enumerate(Path("data/zh_ner/sentences.txt").read_text(encoding="utf-8").splitlines()):
    text, last = "", 0
    for m in MARK.finditer(line):
        text += line[last:m.start()]
        gold.add((j, len(text), len(text) + len(m.group(1)), m.group(2)))
        text += m.group(1)
        last = m.end()
    text += line[last:]
    pos = 0
    for p in pseg.lcut(text):
        if p.flag in FLAG_TO_TYPE:
            found.add((j, pos, pos + len(p.word), FLAG_TO_TYPE[p.flag]))
        pos += len(p.word)

tp = len(gold & found)
prec, rec = tp / len(found), tp / len(gold)
print(f"jieba 词性当 NER（300 句）: 预测 {len(found)}，标准 {len(gold)}，正确 {tp}；"
      f"精确率 {prec:.3f}  召回率 {rec:.3f}  F1 {2 * prec * rec / (prec + rec):.3f}")
for kind in ["PER", "LOC", "ORG"]:
    g = {e for e in gold if e[3] == kind}
    f = {e for e in found if e[3] == kind}
    print(f"  {kind}: 标准 {len(g):>3}  预测 {len(f):>3}  正确 {len(g & f):>3}")
