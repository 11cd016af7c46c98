"""决策树的一次划分：手算基尼不纯度、熵与信息增益，再在葡萄酒数据上搜索最佳阈值

第一部分用课文里编造的 10 条「下班后去不去健身房」记录，核对手算结果；
第二部分对葡萄酒（wine）数据的 13 个数值特征逐个试遍所有阈值，
找出基尼增益最大的划分，并与 scikit-learn 深度为 1 的树（树桩）选出的根节点对照。
"""
import numpy as np
from sklearn.datasets import load_wine
from sklearn.tree import DecisionTreeClassifier

# ---------- 第一部分：编造的小表（1 = 是，0 = 否） ----------
overtime = np.array([0, 0, 0, 0, 0, 0, 1, 1, 1, 1])  # 加班
rain     = np.array([0, 0, 0, 1, 1, 1, 0, 0, 0, 1])  # 下雨
gym      = np.array([1, 1, 1, 1, 1, 0, 1, 0, 0, 0])  # 标签：去健身房


def gini(y):
    """基尼不纯度 G = 1 - Σ p_k²"""
    p = np.bincount(y) / len(y)
    return 1.0 - np.sum(p**2)


def entropy(y):
    """熵 H = -Σ p_k log2 p_k（p_k = 0 的项按 0 计）"""
    p = np.bincount(y) / len(y)
    p = p[p > 0]
    return -np.sum(p * np.log2(p))


def gain(y, go_left, impurity):
    """划分前的不纯度 - 划分后两边按样本数加权的不纯度"""
    left, right = y[go_left], y[~go_left]
    after = len(left) / len(y) * impurity(left) + len(right) / len(y) * impurity(right)
    return impurity(y) - after


print(f"根节点：去 {gym.sum()} 人、不去 {len(gym) - gym.sum()} 人，"
      f"基尼 = {gini(gym):.4f}，熵 = {entropy(gym):.4f}")
for name, feat in [("加班", overtime), ("下雨", rain)]:
    yes = feat == 1
    print(f"按「{name}」划分：是→{np.bincount(gym[yes], minlength=2)[::-1]} "
          f"否→{np.bincount(gym[~yes], minlength=2)[::-1]}（[去, 不去]）  "
          f"基尼增益 = {gain(gym, yes, gini):.4f}  信息增益 = {gain(gym, yes, entropy):.4f}")

# ---------- 第二部分：数值特征怎样选阈值 ----------
data = load_wine()
X, y = data.data, data.target
best = (-1.0, None, None)                      # (增益, 特征下标, 阈值)
per_feature = []
for j in range(X.shape[1]):
    values = np.unique(X[:, j])                # 排好序的不同取值
    thresholds = (values[:-1] + values[1:]) / 2  # 相邻取值的中点都试一遍
    gains = [gain(y, X[:, j] <= t, gini) for t in thresholds]
    k = int(np.argmax(gains))
    per_feature.append((gains[k], j, thresholds[k]))
    best = max(best, per_feature[-1])

print(f"\n葡萄酒数据：{X.shape[0]} 个样本、{X.shape[1]} 个特征，根节点基尼 = {gini(y):.4f}")
print("各特征最佳阈值的基尼增益（前 4 名）：")
for g, j, t in sorted(per_feature, reverse=True)[:4]:
    print(f"  {data.feature_names[j]:<30} <= {t:8.3f}   增益 {g:.4f}")

stump = DecisionTreeClassifier(max_depth=1, random_state=0).fit(X, y)
j_sk, t_sk = stump.tree_.feature[0], stump.tree_.threshold[0]
print(f"手写搜索选中：{data.feature_names[best[1]]} <= {best[2]:.3f}")
print(f"sklearn 树桩：{data.feature_names[j_sk]} <= {t_sk:.3f}")
