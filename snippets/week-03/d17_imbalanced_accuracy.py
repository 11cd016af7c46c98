"""类别不平衡时准确率会骗人：一个「永远猜阴性」的模型也有 95% 准确率

用 make_classification 造 4000 个样本，正类（例如「有欺诈」「患病」）只占 5%。
比较：永远猜负类，以及同一个逻辑回归取判定阈值 0.5、0.1、0.02 时的预测。
"""
import numpy as np
from sklearn.datasets import make_classification
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import accuracy_score, confusion_matrix, f1_score, precision_score, recall_score
from sklearn.model_selection import train_test_split

X, y = make_classification(n_samples=4000, n_features=8, n_informative=4, n_redundant=2,
                           weights=[0.95], flip_y=0, class_sep=0.6, n_clusters_per_class=1,
                           random_state=0)
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.25, random_state=0, stratify=y)
print(f"测试集 {len(y_test)} 个样本，其中正类 {y_test.sum()} 个（{y_test.mean():.0%}）")

model = LogisticRegression().fit(X_train, y_train)
p_test = model.predict_proba(X_test)[:, 1]   # 每个样本属于正类的概率

candidates = {
    "永远猜负类": np.zeros_like(y_test),
    "逻辑回归，阈值 0.5": (p_test >= 0.5).astype(int),
    "逻辑回归，阈值 0.1": (p_test >= 0.1).astype(int),
    "逻辑回归，阈值 0.02": (p_test >= 0.02).astype(int),
}
print("\n准确率  精确率  召回率    F1    TP   FP   FN   TN  模型")
for name, pred in candidates.items():
    tn, fp, fn, tp = confusion_matrix(y_test, pred).ravel()
    prec = precision_score(y_test, pred, zero_division=0)  # 一个正类都没预测时记为 0
    print(f"{accuracy_score(y_test, pred):.3f}   {prec:.3f}   {recall_score(y_test, pred):.3f}   "
          f"{f1_score(y_test, pred):.3f} {tp:4d} {fp:4d} {fn:4d} {tn:4d}  {name}")
