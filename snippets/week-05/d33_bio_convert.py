"""把行内实体标记转换成字级 BIO 标签，再转回实体片段（并用 NLTK 的转换函数核对）

数据：data/zh_ner/sentences.txt，每行一句，实体写成 [文字](PER|LOC|ORG)。
"""
import re
from collections import Counter
from pathlib import Path

from nltk.chunk import conlltags2tree

MARK = re.compile(r"\[([^\[\]]+)\]\((PER|LOC|ORG)\)")


def parse(line):
    """返回 (去掉标记的句子, 实体列表)；实体是 (起点, 终点, 类型)，终点不含，按字符下标计。"""
    text, spans, last = "", [], 0
    for m in MARK.finditer(line):
        text += line[last:m.start()]
        spans.append((len(text), len(text) + len(m.group(1)), m.group(2)))
        text += m.group(1)
        last = m.end()
    return text + line[last:], spans


def spans_to_bio(n, spans):
    tags = ["O"] * n
    for start, end, kind in spans:
        tags[start] = "B-" + kind
        for i in range(start + 1, end):
            tags[i] = "I-" + kind
    return tags


def bio_to_spans(tags):
    """从左到右扫描：B 开始新实体；I 只有类型相同时才延续，否则也当作新实体的开头。"""
    spans, start, kind = [], None, None
    for i, tag in enumerate(tags + ["O"]):               # 末尾补一个 O，收尾最后一个实体
        boundary = tag == "O" or tag.startswith("B-") or tag[2:] != kind
        if start is not None and boundary:
            spans.append((start, i, kind))
            start, kind = None, None
        if tag != "O" and (tag.startswith("B-") or start is None):
            start, kind = i, tag[2:]
    return spans


def spans_to_bioes(n, spans):
    tags = ["O"] * n
    for start, end, kind in spans:
        if end - start == 1:
            tags[start] = "S-" + kind                     # 单字实体
        else:
            tags[start], tags[end - 1] = "B-" + kind, "E-" + kind
            for i in range(start + 1, end - 1):
                tags[i] = "I-" + kind
    return tags


lines = Path("data/zh_ner/sentences.txt").read_text(encoding="utf-8").splitlines()
example = next(l for l in lines if "[曲阜]" in l)
text, spans = parse(example)
print("原始行:", example)
print("句子  :", text, " 实体:", spans)
print("BIO   :", " ".join(f"{c}/{t}" for c, t in zip(text, spans_to_bio(len(text), spans))))
print("BIOES :", " ".join(f"{c}/{t}" for c, t in zip(text, spans_to_bioes(len(text), spans))))
print("只用 IO 会把相邻的两个地名并成一个:",
      bio_to_spans(["I-" + t[2:] if t != "O" else t for t in spans_to_bio(len(text), spans)]))

tag_counts, kinds, round_trip_ok, nltk_ok = Counter(), Counter(), 0, 0
for line in lines:
    text, spans = parse(line)
    tags = spans_to_bio(len(text), spans)
    tag_counts.update(tags)
    kinds.update(k for _, _, k in spans)
    round_trip_ok += bio_to_spans(tags) == spans
    # NLTK 把 (词, 词性, IOB 标签) 三元组变成一棵树，实体是带类型标签的子树
    tree = conlltags2tree([(c, "X", t) for c, t in zip(text, tags)])
    found, pos = [], 0
    for node in tree:
        if isinstance(node, tuple):
            pos += 1
        else:
            found.append((pos, pos + len(node), node.label()))
            pos += len(node)
    nltk_ok += found == spans

print(f"{len(lines)} 句，{sum(kinds.values())} 个实体: {dict(kinds)}")
print(f"字数 {sum(tag_counts.values())}，其中 O 占 {tag_counts['O'] / sum(tag_counts.values()):.1%}")
print("各标签的字数:", dict(sorted(tag_counts.items())))
print(f"实体 → BIO → 实体 还原一致: {round_trip_ok}/{len(lines)} 句；与 NLTK conlltags2tree 一致: {nltk_ok}/{len(lines)} 句")
