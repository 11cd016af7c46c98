"""混淆矩阵与四个分类指标：手算、sklearn 核对，再看判定阈值怎样改变它们

沿用乳腺癌数据集与同样的划分，恶性 = 1 为正类。模型用 sklearn 的 LogisticRegression。
"""
import matplotlib.pyplot as plt
import numpy as np
from sklearn.datasets import load_breast_cancer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import accuracy_score, confusion_matrix, f1_score, precision_score, recall_score
from sklearn.model_selection import train_test_split

data = load_breast_cancer()
X, y = data.data, 1 - data.target
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=0, stratify=y)
mu, sigma = X_train.mean(axis=0), X_train.std(axis=0)
model = LogisticRegression().fit((X_train - mu) / sigma, y_train)
p = model.predict_proba((X_test - mu) / sigma)[:, 1]


def metrics(y_true, y_pred):
    """直接数四个格子，再按定义算指标。"""
    tp = np.sum((y_pred == 1) & (y_true == 1))
    fp = np.sum((y_pred == 1) & (y_true == 0))
    fn = np.sum((y_pred == 0) & (y_true == 1))
    tn = np.sum((y_pred == 0) & (y_true == 0))
    acc = (tp + tn) / len(y_true)
    prec = tp / (tp + fp) if tp + fp > 0 else 0.0
    rec = tp / (tp + fn)
    f1 = 2 * prec * rec / (prec + rec) if prec + rec > 0 else 0.0
    return tp, fp, fn, tn, acc, prec, rec, f1


pred = (p >= 0.5).astype(int)
tp, fp, fn, tn, acc, prec, rec, f1 = metrics(y_test, pred)
print("阈值 0.5 的混淆矩阵（行 = 真实，列 = 预测；顺序 良性 0、恶性 1）:")
print(confusion_matrix(y_test, pred))
print(f"TP = {tp}, FP = {fp}, FN = {fn}, TN = {tn}")
print(f"手算     准确率 {acc:.4f}  精确率 {prec:.4f}  召回率 {rec:.4f}  F1 {f1:.4f}")
print(f"sklearn  准确率 {accuracy_score(y_test, pred):.4f}  精确率 {precision_score(y_test, pred):.4f}"
      f"  召回率 {recall_score(y_test, pred):.4f}  F1 {f1_score(y_test, pred):.4f}")

print("\n阈值   TP  FP  FN   准确率  精确率  召回率    F1")
for t in [0.1, 0.3, 0.5, 0.7, 0.9]:
    tp, fp, fn, tn, acc, prec, rec, f1 = metrics(y_test, (p >= t).astype(int))
    print(f"{t:.1f}  {tp:4d}{fp:4d}{fn:4d}   {acc:.4f}  {prec:.4f}  {rec:.4f}  {f1:.4f}")

thresholds = np.linspace(0.01, 0.99, 99)
curves = np.array([metrics(y_test, (p >= t).astype(int))[4:] for t in thresholds])
fig, ax = plt.subplots(figsize=(6, 3.5))
for k, (name, color) in enumerate([("准确率", "tab:gray"), ("精确率", "tab:blue"),
                                   ("召回率", "tab:red"), ("F1", "tab:green")]):
    ax.plot(thresholds, curves[:, k], color=color, label=name)
ax.axvline(0.5, color="black", linestyle=":", linewidth=1)
ax.set_xlabel("判定阈值（p ≥ 阈值 就判为恶性）")
ax.set_ylabel("指标")
ax.set_title("阈值调高：精确率升、召回率降")
ax.legend()
plt.show()
