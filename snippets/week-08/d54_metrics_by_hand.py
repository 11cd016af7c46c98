"""准确率、F1、马修斯相关系数与皮尔逊/斯皮尔曼相关：手算并与 scikit-learn、SciPy 核对"""
import numpy as np
from scipy.stats import pearsonr, spearmanr
from sklearn.metrics import accuracy_score, f1_score, matthews_corrcoef

rng = np.random.default_rng(0)
# 一个不平衡的二分类测试集：像 CoLA 一样，「合乎语法」(1) 占多数
y_true = (rng.random(200) < 0.7).astype(int)
# 模型 A：认真学过的分类器，大约 85% 的样本判对
y_model = np.where(rng.random(200) < 0.85, y_true, 1 - y_true)
# 模型 B：什么也没学，永远回答多数类 1
y_major = np.ones_like(y_true)


def by_hand(y, p):
    tp = int(((p == 1) & (y == 1)).sum()); tn = int(((p == 0) & (y == 0)).sum())
    fp = int(((p == 1) & (y == 0)).sum()); fn = int(((p == 0) & (y == 1)).sum())
    acc = (tp + tn) / len(y)
    f1 = 2 * tp / (2 * tp + fp + fn)
    denom = np.sqrt(float((tp + fp) * (tp + fn) * (tn + fp) * (tn + fn)))
    mcc = (tp * tn - fp * fn) / denom if denom else 0.0  # 某一行或列为 0 时约定为 0
    return (tp, tn, fp, fn), acc, f1, mcc


print(f"正类占比 {y_true.mean():.2f}")
for name, p in [("模型 A", y_model), ("多数类", y_major)]:
    cm, acc, f1, mcc = by_hand(y_true, p)
    print(f"{name}  TP,TN,FP,FN = {cm}")
    print(f"   手算     acc={acc:.4f} F1={f1:.4f} MCC={mcc:.4f}")
    print(f"   sklearn  acc={accuracy_score(y_true, p):.4f} F1={f1_score(y_true, p):.4f} "
          f"MCC={matthews_corrcoef(y_true, p):.4f}")

# 像 STS-B 一样的相似度打分：人工分数 0–5，模型给出的分数
gold = np.round(rng.uniform(0, 5, 12), 1)
pred = np.round(0.8 * gold + rng.normal(0, 0.6, 12) + 0.5, 2)
g, q = gold - gold.mean(), pred - pred.mean()
pearson = (g * q).sum() / np.sqrt((g ** 2).sum() * (q ** 2).sum())
rank = lambda x: np.argsort(np.argsort(x)).astype(float)  # 名次（这里没有并列）
rg, rq = rank(gold) - rank(gold).mean(), rank(pred) - rank(pred).mean()
spearman = (rg * rq).sum() / np.sqrt((rg ** 2).sum() * (rq ** 2).sum())
print(f"\n皮尔逊   手算 {pearson:.4f} ｜ SciPy {pearsonr(gold, pred).statistic:.4f}")
print(f"斯皮尔曼 手算 {spearman:.4f} ｜ SciPy {spearmanr(gold, pred).statistic:.4f}")
cubed = pred ** 3  # 单调但非线性地变换预测分数
print(f"把预测分数立方之后：皮尔逊 {pearsonr(gold, cubed).statistic:.4f}，"
      f"斯皮尔曼 {spearmanr(gold, cubed).statistic:.4f}（名次没变）")
