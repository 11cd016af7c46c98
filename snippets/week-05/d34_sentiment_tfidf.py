"""练习任务参考实现：jieba + 停用词 → TF-IDF → 逻辑回归，给中文短评分正负

按带种子的分层划分留出 25% 作测试集；在训练集上用 5 折交叉验证挑「去不去停用词」、n-gram 范围和
正则强度 C；和「永远猜多数类」的基线比较；最后只测一次，并打印最有信息量的词和几条分错的评论。
"""
import logging
from pathlib import Path

import jieba
import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import accuracy_score, confusion_matrix, f1_score, precision_score, recall_score
from sklearn.model_selection import GridSearchCV, StratifiedKFold, train_test_split
from sklearn.pipeline import make_pipeline

jieba.setLogLevel(logging.WARNING)
stop = {w.strip() for w in Path("data/stopwords/zh_stopwords.txt").read_text(encoding="utf-8").splitlines()
        if w.strip() and not w.startswith("#")}
reviews = pd.read_csv("data/zh_reviews/reviews.tsv", sep="\t")
# 分词、去停用词，用空格连起来；后面的 TfidfVectorizer 只按空格切
segmented = [[w for w in jieba.lcut(t) if w.strip()] for t in reviews["text"]]
texts = {"去停用词": np.array([" ".join(w for w in s if w not in stop) for s in segmented]),   # 用空格连起来
         "保留停用词": np.array([" ".join(s) for s in segmented])}
y = (reviews["label"] == "pos").astype(int).to_numpy()      # 正面 = 1（正类）
print(f"{len(reviews)} 条评论，正面 {y.sum()} 条。例：{reviews['text'][0]}")
print(f"  去停用词后：{texts['去停用词'][0]}")

idx_tr, idx_te = train_test_split(np.arange(len(y)), test_size=0.25, stratify=y, random_state=0)
y_tr, y_te = y[idx_tr], y[idx_te]
print(f"训练集 {len(y_tr)} 条，测试集 {len(y_te)} 条（锁起来，最后只用一次）")

cv = StratifiedKFold(n_splits=5, shuffle=True, random_state=0)
pipe = make_pipeline(TfidfVectorizer(tokenizer=str.split, token_pattern=None, lowercase=False),  # 只按空格切
                     LogisticRegression(max_iter=1000))
params = {"tfidfvectorizer__ngram_range": [(1, 1), (1, 2)], "logisticregression__C": [1, 10]}
print("\n5 折交叉验证 F1（只用训练集）：")
best = None
for version, X in texts.items():
    grid = GridSearchCV(pipe, params, cv=cv, scoring="f1").fit(X[idx_tr], y_tr)
    for p, m, sd in zip(grid.cv_results_["params"], grid.cv_results_["mean_test_score"],
                        grid.cv_results_["std_test_score"]):
        print(f"  {version}  n-gram {p['tfidfvectorizer__ngram_range']}  C = {p['logisticregression__C']:>2}:"
              f"  {m:.4f} ± {sd:.4f}")
    if best is None or grid.best_score_ > best[1].best_score_:
        best = (version, grid)
version, grid = best
print(f"选中：{version}，{grid.best_params_}")
X_tr, X_te = texts[version][idx_tr], texts[version][idx_te]

base = DummyClassifier(strategy="most_frequent").fit(X_tr, y_tr)
model = grid.best_estimator_                                  # 已用全部训练集和最佳参数重训
print("\n测试集（只评估这一次）        准确率  精确率  召回率    F1")
for name, clf in [("基线：永远猜多数类", base), ("TF-IDF + 逻辑回归", model)]:
    pred = clf.predict(X_te)
    print(f"  {name:<14}  {accuracy_score(y_te, pred):.4f}  {precision_score(y_te, pred, zero_division=0):.4f}"
          f"  {recall_score(y_te, pred):.4f}  {f1_score(y_te, pred):.4f}")
pred = model.predict(X_te)
print("混淆矩阵 [[TN FP] [FN TP]]：", confusion_matrix(y_te, pred).tolist())

vec, lr = model.named_steps["tfidfvectorizer"], model.named_steps["logisticregression"]
names, coef = vec.get_feature_names_out(), lr.coef_[0]
order = np.argsort(coef)
print("\n最偏正面的词：", "  ".join(f"{names[i]} {coef[i]:+.2f}" for i in order[::-1][:8]))
print("最偏负面的词：", "  ".join(f"{names[i]} {coef[i]:+.2f}" for i in order[:8]))
in_stop = [i for i in np.argsort(-np.abs(coef)) if names[i] in stop][:8]
print("停用词表里权重最大的词：", "  ".join(f"{names[i]} {coef[i]:+.2f}" for i in in_stop))

proba = model.predict_proba(X_te)[:, 1]
wrong = np.flatnonzero(pred != y_te)
print(f"\n分错 {len(wrong)} 条，按模型的把握从大到小列出前 5 条（P = 判为正面的概率）：")
for i in wrong[np.argsort(-np.abs(proba[wrong] - 0.5))][:5]:
    truth = "正面" if y_te[i] else "负面"
    print(f"  真实 {truth}  P = {proba[i]:.2f}  {reviews['text'][idx_te[i]]}")
