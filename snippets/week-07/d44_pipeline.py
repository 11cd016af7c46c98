"""一条小型清洗流水线：HTML 去除、整页规则、行级过滤、语言筛选、精确去重、MinHash 近似去重

规则仿照 C4（T5 论文第 2.2 节）的思路，按中文改写了阈值；每一步打印剩下多少篇文档。
"""
import hashlib
import html
import json
import re
import unicodedata
from pathlib import Path

import numpy as np

docs = [json.loads(line) for line in Path("data/web_text/pages.jsonl").read_text(encoding="utf-8").splitlines()]
TERMINAL = tuple("。！？!?.」”\"")  # 省略号不算：C4 也丢掉以 ... 结尾的行
BAD_PHRASES = ["博彩", "代开发票", "赌场"]  # 真实系统用一份很长的不良词表
POLICY = ["cookie", "版权所有", "all rights reserved", "隐私政策", "privacy policy", "terms of use"]


def strip_html(text):
    text = re.sub(r"(?is)<(script|style)\b.*?</\1>", "", text)  # 脚本和样式连内容一起删
    text = re.sub(r"(?s)<!--.*?-->", "", text)                  # HTML 注释
    text = re.sub(r"<[^>]+>", "", text)                          # 其余标签只删标签本身
    text = html.unescape(text)                                   # &nbsp; &ldquo; → 字符
    lines = [re.sub(r"\s+", " ", ln).strip() for ln in text.split("\n")]  # \s 也包括 \xa0 和全角空格
    return "\n".join(ln for ln in lines if ln)


def page_rule(text):
    """整页规则：命中就丢掉整页，返回原因。"""
    low = text.lower()
    if "lorem ipsum" in low:
        return "lorem ipsum"
    if "{" in text or "}" in text:
        return "花括号（代码）"
    if any(w in text for w in BAD_PHRASES):
        return "不良词"
    return None


def keep_line(line):
    low = line.lower()
    return (line.endswith(TERMINAL) and len(line) >= 8
            and "javascript" not in low and not any(p in low for p in POLICY))


def cjk_share(text):
    letters = [c for c in text if c.isalpha()]
    return sum("\u4e00" <= c <= "\u9fff" for c in letters) / max(len(letters), 1)


def shingles(text, k=5):
    t = re.sub(r"\s+", "", text)
    return {t[i:i + k] for i in range(len(t) - k + 1)}


P = (1 << 61) - 1
rng = np.random.default_rng(0)
A = rng.integers(1, P, size=128, dtype=np.uint64).astype(object)
B = rng.integers(0, P, size=128, dtype=np.uint64).astype(object)


def minhash(sh):
    xs = [int.from_bytes(hashlib.blake2b(s.encode(), digest_size=8).digest(), "little") for s in sh]
    return np.array([min((a * x + b) % P for x in xs) for a, b in zip(A, B)], dtype=object)


table = []  # (步骤, 剩余篇数, 删掉的网址)


def step(name, before, after):
    kept = {u for u, _ in after}
    table.append((name, len(after), [u for u, _ in before if u not in kept]))
    return after


raw = [(d["url"], d["text"]) for d in docs]
stage = step("1 去 HTML、规范化空白", raw, [(u, strip_html(t)) for u, t in raw])
stage = step("2 整页规则（花括号、lorem ipsum、不良词）", stage, [(u, t) for u, t in stage if page_rule(t) is None])

cleaned = []
for u, t in stage:
    body = "\n".join(ln for ln in t.split("\n") if keep_line(ln))
    if len(re.findall(r"[。！？!?.]+", body)) >= 3:  # C4：少于 3 句的页面整页丢掉
        cleaned.append((u, body))
stage = step("3 行级过滤 + 至少 3 句", stage, cleaned)
stage = step("4 语言筛选（汉字占字母 ≥ 50%）", stage, [(u, t) for u, t in stage if cjk_share(t) >= 0.5])

seen, unique = set(), []
for u, t in stage:
    norm = re.sub(r"\s+", "", unicodedata.normalize("NFKC", t))  # 只在算指纹时统一全角/半角、去掉空白
    key = hashlib.sha1(norm.encode()).hexdigest()
    if key not in seen:
        seen.add(key)
        unique.append((u, t))
stage = step("5 精确去重（规范化文本的 SHA-1）", stage, unique)

sigs = [minhash(shingles(t)) for _, t in stage]
kept_idx = []
for i, sig in enumerate(sigs):
    if all(np.mean(sig == sigs[j]) < 0.5 for j in kept_idx):  # 与已保留的某篇估计相似度 ≥ 0.5 就丢掉
        kept_idx.append(i)
stage = step("6 MinHash 近似去重（估计 Jaccard ≥ 0.5）", stage, [stage[i] for i in kept_idx])

print(f"原始抓取 {len(docs)} 篇")
for name, left, removed in table:
    short = [re.sub(r"https://[^/]+/", "", u) for u in removed[:3]]
    print(f"{name}：删掉 {len(removed):>2} 篇，剩 {left:>3} 篇", "  例：" + "，".join(short) if removed else "")

chars_before = sum(len(t) for _, t in raw)
chars_after = sum(len(t) for _, t in stage)
print(f"\n字符数：{chars_before} → {chars_after}（保留 {chars_after / chars_before:.1%}）")

# 用第 43 天那样的 BPE（课程语料上训练、词表 3000）数一数清洗前后的词元
from tokenizers import Tokenizer, models, pre_tokenizers, trainers  # noqa: E402

tok = Tokenizer(models.BPE(unk_token="[UNK]"))
tok.pre_tokenizer = pre_tokenizers.Whitespace()
corpus = Path("data/course_corpus/corpus.txt").read_text(encoding="utf-8").splitlines()
tok.train_from_iterator(corpus, trainers.BpeTrainer(vocab_size=3000, special_tokens=["[UNK]"], show_progress=False))
unk = tok.token_to_id("[UNK]")
for name, texts in [("清洗前", [t for _, t in raw]), ("清洗后", [t for _, t in stage])]:
    ids = [i for t in texts for i in tok.encode(t).ids]
    print(f"{name}：{len(ids)} 个词元，其中 [UNK] {ids.count(unk)} 个（{ids.count(unk) / len(ids):.1%}）")
