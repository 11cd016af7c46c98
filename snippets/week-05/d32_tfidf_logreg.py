"""jieba 分词 + TF-IDF + 逻辑回归：中文短评情感分类

数据：data/zh_reviews/reviews.tsv（640 条，pos/neg 各半）。按标签分层、
用固定种子划出 25% 作测试集；正类取 pos。
"""
from pathlib import Path

import jieba
import numpy as np
import pandas as pd
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import accuracy_score, confusion_matrix, precision_recall_fscore_support
from sklearn.model_selection import train_test_split

jieba.setLogLevel(60)  # 不打印 jieba 加载词典的日志
reviews = pd.read_csv(Path("data/zh_reviews/reviews.tsv"), sep="\t")
y = (reviews["label"] == "pos").astype(int).to_numpy()  # pos = 1（正类），neg = 0
text_train, text_test, y_train, y_test = train_test_split(
    reviews["text"], y, test_size=0.25, random_state=0, stratify=y)
print(f"训练 {len(y_train)} 条，测试 {len(y_test)} 条（正面 {y_test.sum()} 条）")
print("分词示例:", " / ".join(jieba.lcut(text_train.iloc[0])))


def evaluate(name, vectorizer):
    X_train = vectorizer.fit_transform(text_train)   # 词表和 idf 只从训练集学
    X_test = vectorizer.transform(text_test)
    clf = LogisticRegression(C=10.0, max_iter=1000).fit(X_train, y_train)
    pred = clf.predict(X_test)
    p, r, f, _ = precision_recall_fscore_support(y_test, pred, average="binary")
    print(f"{name:<16} 特征 {X_train.shape[1]:>5}  准确率 {accuracy_score(y_test, pred):.3f}"
          f"  精确率 {p:.3f}  召回率 {r:.3f}  F1 {f:.3f}")
    return clf, pred


settings = {
    "词 1-gram": TfidfVectorizer(tokenizer=jieba.lcut, token_pattern=None),
    "词 1-2gram": TfidfVectorizer(tokenizer=jieba.lcut, token_pattern=None, ngram_range=(1, 2)),
    "字 1-2gram": TfidfVectorizer(analyzer="char", ngram_range=(1, 2)),
}
results = {name: evaluate(name, vec) for name, vec in settings.items()}

clf, pred = results["词 1-gram"]
vec = settings["词 1-gram"]
tn, fp, fn, tp = confusion_matrix(y_test, pred).ravel()
print(f"词 1-gram 的混淆矩阵（行 = 真实 neg/pos，列 = 预测 neg/pos）: [[{tn}, {fp}], [{fn}, {tp}]]")
print(f"手算: 精确率 = {tp}/({tp}+{fp}) = {tp / (tp + fp):.3f}，召回率 = {tp}/({tp}+{fn}) = {tp / (tp + fn):.3f}")

words = vec.get_feature_names_out()
order = np.argsort(clf.coef_[0])
print("最偏正面的词:", "  ".join(f"{words[i]}({clf.coef_[0][i]:+.2f})" for i in order[::-1][:8]))
print("最偏负面的词:", "  ".join(f"{words[i]}({clf.coef_[0][i]:+.2f})" for i in order[:8]))
