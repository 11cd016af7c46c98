"""用代码核对第 3 周自测题里的手算结果

每一部分对应一道自测题：先自己算，再运行这段代码对照。
"""
import numpy as np
from sklearn.cluster import KMeans
from sklearn.metrics import f1_score, precision_score, recall_score
from sklearn.naive_bayes import MultinomialNB

np.set_printoptions(precision=4, suppress=True)

# 第 2 题：K 均值，故意用两个挨得很近的初始中心，逐轮打印
pts = np.array([[0, 0], [1, 0], [0, 1], [4, 4], [5, 4], [4, 5]], dtype=float)
centers = np.array([[0, 0], [1, 0]], dtype=float)
for step in range(1, 4):
    dist = np.linalg.norm(pts[:, None, :] - centers[None, :, :], axis=2)  # 形状 (6, 2)
    assign = dist.argmin(axis=1)
    centers = np.array([pts[assign == k].mean(axis=0) for k in range(2)])
    print(f"第 2 题 第 {step} 轮：分配 {assign}，新中心 {centers.round(4).tolist()}")
km = KMeans(n_clusters=2, init=np.array([[0, 0], [1, 0]], dtype=float), n_init=1).fit(pts)
print("         sklearn KMeans 最终中心", km.cluster_centers_.round(4).tolist())
print(f"         ε-贪心选中当前最好臂的概率 = {0.9 + 0.1 / 4:.3f}")

# 第 3 题：正规方程与 R²
x3, y3 = np.array([1.0, 2.0, 3.0]), np.array([2.0, 2.0, 5.0])
A = np.column_stack([x3, np.ones(3)])
w, b = np.linalg.solve(A.T @ A, A.T @ y3)
pred = w * x3 + b
r2 = 1 - np.sum((y3 - pred) ** 2) / np.sum((y3 - y3.mean()) ** 2)
print(f"第 3 题 w = {w:.4f}, b = {b:.4f}, MSE = {np.mean((pred - y3) ** 2):.4f}, R² = {r2:.4f}")

# 第 5 题：逻辑回归的一步梯度下降
sigmoid = lambda z: 1 / (1 + np.exp(-z))
x5, y5, w5, b5 = np.array([1.0, -2.0]), 1, np.array([1.0, 0.5]), 0.0
p = sigmoid(w5 @ x5 + b5)
gw, gb = (p - y5) * x5, p - y5
w5, b5 = w5 - 1.0 * gw, b5 - 1.0 * gb
p_new = sigmoid(w5 @ x5 + b5)
print(f"第 5 题 p = {p:.4f}, 损失 = {-np.log(p):.4f}, 梯度 w = {gw}, b = {gb:.4f}")
print(f"         一步后 w = {w5}, b = {b5:.4f}, p = {p_new:.4f}, 损失 = {-np.log(p_new):.4f}")

# 第 6 题：由计数还原一组真实标签和预测，再让 sklearn 算指标
tp, fp, fn, tn = 36, 9, 4, 151
y_true = np.array([1] * tp + [0] * fp + [1] * fn + [0] * tn)
y_pred = np.array([1] * tp + [1] * fp + [0] * fn + [0] * tn)
print(f"第 6 题 准确率 = {np.mean(y_true == y_pred):.4f}, 精确率 = {precision_score(y_true, y_pred):.4f}, "
      f"召回率 = {recall_score(y_true, y_pred):.4f}, F1 = {f1_score(y_true, y_pred):.4f}")


# 第 7 题：基尼不纯度、熵与增益
def gini(counts):
    p = np.array(counts) / sum(counts)
    return 1 - np.sum(p ** 2)


def entropy(counts):
    p = np.array([c for c in counts if c > 0]) / sum(counts)
    return -np.sum(p * np.log2(p))


def gini_gain(parent, left, right):
    n = sum(parent)
    return gini(parent) - sum(left) / n * gini(left) - sum(right) / n * gini(right)


print(f"第 7 题 根节点 基尼 = {gini([5, 3, 2]):.4f}, 熵 = {entropy([5, 3, 2]):.4f}")
print(f"         划分甲 增益 = {gini_gain([5, 3, 2], [5, 1, 0], [0, 2, 2]):.4f}, "
      f"划分乙 增益 = {gini_gain([5, 3, 2], [3, 3, 0], [2, 0, 2]):.4f}")

# 第 9 题：合页损失 max(0, 1 - y f(x))，w = (2, 0), b = -2
w9, b9 = np.array([2.0, 0.0]), -2.0
for xi, yi in [((2, 3), 1), ((1.25, 0), 1), ((0.5, 1), 1), ((0, 5), -1)]:
    f = w9 @ np.array(xi) + b9
    print(f"第 9 题 点 {xi} y = {yi:+d}: f = {f:+.2f}, y·f = {yi * f:+.2f}, 合页损失 = {max(0.0, 1 - yi * f):.2f}")
print(f"         街宽 2/‖w‖ = {2 / np.linalg.norm(w9):.2f}")

# 第 10 题：多项式朴素贝叶斯（α = 1）；词表顺序：比赛 进球 球队 手机 芯片 发布
docs = [[1, 1, 0, 0, 0, 0], [1, 0, 1, 0, 0, 0],                      # 体育：比赛 进球 / 球队 比赛
        [0, 0, 0, 1, 1, 0], [0, 0, 0, 0, 1, 0], [0, 0, 0, 0, 0, 1]]   # 科技：手机 芯片 / 芯片 / 发布
labels = ["体育", "体育", "科技", "科技", "科技"]
nb = MultinomialNB(alpha=1.0).fit(docs, labels)
for text, vec in [("比赛 芯片", [1, 0, 0, 0, 1, 0]), ("比赛 比赛 芯片", [2, 0, 0, 0, 1, 0])]:
    print(f"第 10 题「{text}」: P(体育 | 文本) = {nb.predict_proba([vec])[0][0]:.4f}")
