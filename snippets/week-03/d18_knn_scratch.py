"""从零实现 K 近邻：欧氏距离、多数投票，以及特征标准化为什么会改变结果

第一部分是课文里的 6 个二维小点，手算 k = 3 的投票；
第二部分在葡萄酒数据上比较「不标准化」与「标准化」时的测试准确率，
并与 scikit-learn 的 KNeighborsClassifier 逐个样本对照预测结果。
"""
import matplotlib.pyplot as plt
import numpy as np
from sklearn.datasets import load_wine
from sklearn.model_selection import train_test_split
from sklearn.neighbors import KNeighborsClassifier


def knn_predict(X_train, y_train, X_query, k):
    """对 X_query 的每一行：算到所有训练样本的欧氏距离，取最近的 k 个，多数投票。"""
    # 广播：(m, 1, d) - (1, n, d) -> (m, n, d)，再对最后一维求平方和
    dist = np.sqrt(((X_query[:, None, :] - X_train[None, :, :]) ** 2).sum(axis=2))
    nearest = np.argsort(dist, axis=1, kind="stable")[:, :k]   # 每行最近 k 个的下标
    votes = y_train[nearest]                                     # (m, k) 的邻居标签
    # bincount 数票，argmax 取票数最多的类；平票时取编号小的类
    return np.array([np.bincount(v, minlength=y_train.max() + 1).argmax() for v in votes])


# ---------- 第一部分：6 个点的小例子 ----------
P = np.array([[2, 1], [1, 2], [0, 0], [4, 2], [5, 4], [4, 5]], dtype=float)
labels = np.array([0, 0, 0, 1, 1, 1])          # 0 = 红类，1 = 蓝类
q = np.array([3.0, 2.0])                        # 要预测的新点
d = np.linalg.norm(P - q, axis=1)
order = np.argsort(d, kind="stable")
print("到新点 (3, 2) 的距离，从近到远：")
for i in order:
    print(f"  {P[i]} 类别 {labels[i]}  距离 {d[i]:.4f}")
for k in [1, 3, 5]:
    print(f"k = {k}：预测类别 {knn_predict(P, labels, q[None, :], k)[0]}")

# ---------- 第二部分：葡萄酒数据 ----------
X, y = load_wine(return_X_y=True)
X_tr, X_te, y_tr, y_te = train_test_split(X, y, test_size=0.3, stratify=y, random_state=0)
std = X_tr.std(axis=0)
print(f"\n训练集 {len(X_tr)} 个、测试集 {len(X_te)} 个；各特征标准差最小 {std.min():.3f}，最大 {std.max():.1f}")

sq = (X_te[:, None, :] - X_tr[None, :, :]) ** 2    # 每对样本、每个特征的平方差
share = sq[:, :, 12].sum() / sq.sum()              # 第 13 个特征 proline 占平方距离总和的比例
print(f"不标准化时，proline 一个特征贡献了平方距离的 {share:.1%}")

mu, sigma = X_tr.mean(axis=0), X_tr.std(axis=0)   # 只用训练集的均值和标准差
Z_tr, Z_te = (X_tr - mu) / sigma, (X_te - mu) / sigma
for name, A_tr, A_te in [("不标准化", X_tr, X_te), ("标准化  ", Z_tr, Z_te)]:
    ours = knn_predict(A_tr, y_tr, A_te, k=5)
    sk = KNeighborsClassifier(n_neighbors=5).fit(A_tr, y_tr).predict(A_te)
    print(f"{name}  k=5  测试准确率 {np.mean(ours == y_te):.4f}  与 sklearn 预测一致的比例 {np.mean(ours == sk):.4f}")

# ---------- 图：新点和它的 3 个最近邻 ----------
fig, ax = plt.subplots(figsize=(6, 3.5), layout="constrained")
for c, color, name in [(0, "tab:red", "红类（0）"), (1, "tab:blue", "蓝类（1）")]:
    ax.scatter(*P[labels == c].T, s=70, color=color, label=name, zorder=3)
ax.scatter(*q, s=120, marker="*", color="black", label="新点 (3, 2)", zorder=4)
for i in order[:3]:
    ax.plot([q[0], P[i, 0]], [q[1], P[i, 1]], "--", color="gray")
    ax.annotate(f"{d[i]:.2f}", (q + P[i]) / 2, xytext=(0, 4), textcoords="offset points", color="gray")
r = d[order[2]]                                  # 第 3 近的距离，画一个圆把 3 个邻居圈起来
ax.add_patch(plt.Circle(q, r, fill=False, color="gray", alpha=0.5))
ax.set_aspect("equal")
ax.set_xlim(-0.5, 6.5)
ax.set_ylim(-0.5, 5.5)
ax.set_xlabel("特征 1")
ax.set_ylabel("特征 2")
ax.set_title("k = 3：圆内 3 个最近邻投票")
ax.legend(loc="upper left", fontsize=8)
plt.show()
