"""错误分析：TF-IDF + 逻辑回归分错了哪些评论，词袋为什么看不懂否定和反讽

与 d32_tfidf_logreg.py 相同的划分（种子 0、25% 测试）和模型（词 1-gram，C = 10）。
"""
from pathlib import Path

import jieba
import pandas as pd
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import train_test_split

jieba.setLogLevel(60)
reviews = pd.read_csv(Path("data/zh_reviews/reviews.tsv"), sep="\t")
y = (reviews["label"] == "pos").astype(int).to_numpy()
text_train, text_test, y_train, y_test = train_test_split(
    reviews["text"], y, test_size=0.25, random_state=0, stratify=y)
vec = TfidfVectorizer(tokenizer=jieba.lcut, token_pattern=None)
clf = LogisticRegression(C=10.0, max_iter=1000).fit(vec.fit_transform(text_train), y_train)
p_pos = clf.predict_proba(vec.transform(text_test))[:, 1]

wrong = [(p, t, label) for p, t, label in zip(p_pos, text_test, y_test) if (p >= 0.5) != label]
wrong.sort(key=lambda r: -abs(r[0] - 0.5))                      # 错得最自信的排前面
print(f"测试集 {len(y_test)} 条，分错 {len(wrong)} 条。错得最自信的 6 条:")
for p, t, label in wrong[:6]:
    print(f"  真实 {'pos' if label else 'neg'}  P(pos)={p:.2f}  {t}")

coef = dict(zip(vec.get_feature_names_out(), clf.coef_[0]))
first = jieba.lcut(wrong[0][1])
print("第 1 条的分词:", "/".join(first), " 词表里没有:", "/".join(w for w in first if w not in coef))

train_tokens = [set(jieba.lcut(t)) for t in text_train]
for w in ["很", "虽然", "不"]:
    has = [label for toks, label in zip(train_tokens, y_train) if w in toks]
    print(f"训练集里含词「{w}」的评论 {len(has)} 条，其中正面占 {sum(has) / len(has):.0%}，权重 {coef[w]:+.2f}")


def explain(sentence):
    """每个词的贡献 = 它在这句话里的 TF-IDF 值 × 逻辑回归权重；所有贡献加上截距就是 z。"""
    x = vec.transform([sentence])
    parts = [(w, x[0, vec.vocabulary_[w]] * coef[w]) for w in dict.fromkeys(jieba.lcut(sentence))
             if w in coef]
    z = sum(c for _, c in parts) + clf.intercept_[0]
    unseen = [w for w in jieba.lcut(sentence) if w not in coef]
    shown = "  ".join(f"{w}{c:+.2f}" for w, c in sorted(parts, key=lambda r: -abs(r[1]))[:5])
    print(f"  {sentence}  P(pos)={clf.predict_proba(x)[0, 1]:.2f}  z={z:+.2f}")
    print(f"      贡献最大的词: {shown}" + (f"  未登录词: {'/'.join(unseen)}" if unseen else ""))


print("自己造几句话看看:")
for s in ["这家店的菜好吃。", "这家店的菜不好吃。", "味道不算差，价格也公道。",
          "好吃是好吃，就是太贵了。", "真是好质量啊，用一天就坏了。"]:
    explain(s)
