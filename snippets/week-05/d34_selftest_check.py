"""用代码核对第 5 周自测题：每一题先按公式手算，再和库函数对照"""
import logging
from pathlib import Path

import jieba
import numpy as np
import torch
from nltk.stem import PorterStemmer
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.metrics import accuracy_score, f1_score, precision_score, recall_score
from sklearn.metrics.pairwise import cosine_similarity

jieba.setLogLevel(logging.WARNING)

# 第 1 题：分词与停用词
stop = {w.strip() for w in Path("data/stopwords/zh_stopwords.txt").read_text(encoding="utf-8").splitlines()
        if w.strip() and not w.startswith("#")}
words = jieba.lcut("这家店的菜不好吃，服务也很一般。")
print("1. 分词:", "/".join(words), "  去停用词:", "/".join(w for w in words if w not in stop))

# 第 2 题：Porter 词干化
ps = PorterStemmer()
print("2.", "  ".join(f"{w}→{ps.stem(w)}" for w in ["studies", "studying", "university", "universe", "ran", "was"]))

# 第 3 题：余弦相似度（上下文词依次是 喝、杯、开、买）
vec = {"咖啡": [4, 2, 0, 1], "茶": [3, 2, 0, 0], "汽车": [0, 0, 3, 2]}
def cos(a, b):
    a, b = np.array(a, float), np.array(b, float)
    return a @ b / (np.linalg.norm(a) * np.linalg.norm(b))
sk = cosine_similarity(np.array(list(vec.values()), float))
print(f"3. cos(咖啡, 茶) = {cos(vec['咖啡'], vec['茶']):.4f}  cos(咖啡, 汽车) = {cos(vec['咖啡'], vec['汽车']):.4f}"
      f"  sklearn: {sk[0, 1]:.4f} {sk[0, 2]:.4f}")

# 第 4 题：PPMI（行：猫、狗、汽车；列：吃、跑、开）
C = np.array([[4, 2, 0], [3, 3, 0], [0, 1, 5]], float)
N, row, col = C.sum(), C.sum(1), C.sum(0)
with np.errstate(divide="ignore"):
    P = np.maximum(np.log(C * N / np.outer(row, col)), 0)
print(f"4. N = {N:.0f}  PPMI(猫,吃) = ln(4×18/(6×7)) = {np.log(4 * 18 / 42):.4f}"
      f"  PMI(汽车,跑) = ln(1×18/(6×6)) = {np.log(18 / 36):.4f}")
print("   PPMI 矩阵:", np.round(P, 4).tolist())

# 第 5 题：跳元模型的训练对数，以及负采样损失
sent = ["我", "爱", "自然", "语言", "处理"]
n_pairs = {win: sum(min(len(sent), i + win + 1) - max(0, i - win) - 1 for i in range(len(sent))) for win in (1, 2)}
print(f"5. 训练对：窗口 1 有 {n_pairs[1]} 个，窗口 2 有 {n_pairs[2]} 个")
s_o, s_neg = 1.0, np.array([0.5, -1.0])
sig = lambda x: 1 / (1 + np.exp(-x))
loss = -np.log(sig(s_o)) - np.log(sig(-s_neg)).sum()
logits = torch.tensor([s_o, *s_neg])
ref = torch.nn.functional.binary_cross_entropy_with_logits(logits, torch.tensor([1.0, 0.0, 0.0]), reduction="sum")
print(f"   损失 = {loss:.4f}  torch: {ref.item():.4f}  对得分的导数: {sig(s_o) - 1:.4f}, {sig(s_neg[0]):.4f}, {sig(s_neg[1]):.4f}")

# 第 6 题：TF-IDF
docs = ["手机 屏幕 好 屏幕", "手机 电池 差", "屏幕 差 客服 差"]
print(f"6. 教科书式：屏幕@文档1 = 2 × ln(3/2) = {2 * np.log(1.5):.4f}  好@文档1 = 1 × ln(3/1) = {np.log(3):.4f}"
      f"  差@文档3 = 2 × ln(3/2) = {2 * np.log(1.5):.4f}")
raw = {"屏幕": 2 * (np.log(4 / 3) + 1), "手机": np.log(4 / 3) + 1, "好": np.log(4 / 2) + 1}
norm = np.sqrt(sum(v ** 2 for v in raw.values()))
tv = TfidfVectorizer(tokenizer=str.split, token_pattern=None, lowercase=False)
X = tv.fit_transform(docs).toarray()
j = list(tv.get_feature_names_out()).index("屏幕")
print(f"   sklearn 约定手算：屏幕 未归一化 {raw['屏幕']:.4f}，文档 1 范数 {norm:.4f}，归一化后 {raw['屏幕'] / norm:.4f}"
      f"  TfidfVectorizer: {X[0, j]:.4f}")

# 第 7 题：分类指标与多数类基线（TP=60, FP=30, FN=20, TN=50）
y_true = np.array([1] * 60 + [0] * 30 + [1] * 20 + [0] * 50)
y_pred = np.array([1] * 60 + [1] * 30 + [0] * 20 + [0] * 50)
print(f"7. 准确率 {accuracy_score(y_true, y_pred):.4f}  精确率 {precision_score(y_true, y_pred):.4f}"
      f"  召回率 {recall_score(y_true, y_pred):.4f}  F1 {f1_score(y_true, y_pred):.4f}"
      f"  | 全猜负面：准确率 {accuracy_score(y_true, np.zeros(160, int)):.4f}"
      f"  F1 {f1_score(y_true, np.zeros(160, int), zero_division=0):.4f}")


# 第 8 题：实体片段 ↔ BIO 标签（按字标注）
def spans_to_bio(n, spans):
    tags = ["O"] * n
    for start, end, typ in spans:                 # 左闭右开 [start, end)
        tags[start] = "B-" + typ
        for k in range(start + 1, end):
            tags[k] = "I-" + typ
    return tags


def bio_to_spans(tags):
    """I-X 前面不是同类型的 B-X / I-X 时，当作一个新实体的开头（常见的宽松做法）"""
    spans, start, typ = [], None, None
    for k, tag in enumerate(tags + ["O"]):
        prefix, _, t = tag.partition("-")
        if start is not None and (prefix != "I" or t != typ):
            spans.append((start, k, typ))
            start = None
        if prefix == "B" or (prefix == "I" and start is None):
            start, typ = k, t
    return spans


text = "李晓梅在成都开了一家小面馆。"
tags = spans_to_bio(len(text), [(0, 3, "PER"), (4, 6, "LOC")])
print("8.", " ".join(f"{c}/{t}" for c, t in zip(text, tags[:7])), "…")
s2 = "张伟去杭州参加浙江大学的讲座"
pred_tags = "B-PER I-PER O I-LOC I-LOC O O B-ORG I-ORG I-LOC I-LOC O O O".split()
print("   解码:", [(s2[a:b], t) for a, b, t in bio_to_spans(pred_tags)])

# 第 9 题：实体级 P/R/F1 与逐字准确率
gold_tags = "B-PER I-PER O B-LOC I-LOC O O B-ORG I-ORG I-ORG I-ORG O O O".split()
gold, pred = set(bio_to_spans(gold_tags)), set(bio_to_spans(pred_tags))
tp = len(gold & pred)
p, r = tp / len(pred), tp / len(gold)
print(f"9. 逐字准确率 {np.mean(np.array(gold_tags) == np.array(pred_tags)):.4f}  实体：金标 {len(gold)} 个，预测 {len(pred)} 个，"
      f"对 {tp} 个  P = {p:.4f}  R = {r:.4f}  F1 = {2 * p * r / (p + r):.4f}")
union = sorted(gold | pred)                           # 把实体集合变成两个 0/1 向量，交给 sklearn 核对
yt, yp = [int(e in gold) for e in union], [int(e in pred) for e in union]
print(f"   sklearn 核对：P = {precision_score(yt, yp):.4f}  R = {recall_score(yt, yp):.4f}  F1 = {f1_score(yt, yp):.4f}")
