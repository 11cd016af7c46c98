"""无监督学习：不给标签，用 K 均值把鸢尾花分成 3 簇，再和真实品种对照

fit 只接收特征 X，不接收标签 y。聚完之后才把真实品种拿出来，看看分得像不像。
"""
import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from sklearn.cluster import KMeans
from sklearn.datasets import load_iris

pd.set_option("display.unicode.east_asian_width", True)
np.set_printoptions(precision=2, suppress=True)
iris = load_iris()
X, y = iris.data, iris.target            # y 只用来事后对照，训练时不用
names_zh = np.array(["山鸢尾", "杂色鸢尾", "维吉尼亚鸢尾"])

km = KMeans(n_clusters=3, n_init=10, random_state=0)   # k = 3 是人告诉它的
km.fit(X)                                # 注意：只有 X
clusters = km.labels_                    # 每朵花被分到的簇编号 0 / 1 / 2
print("每簇的花朵数:", np.bincount(clusters))
print("3 个簇中心（花萼长, 花萼宽, 花瓣长, 花瓣宽）:\n", km.cluster_centers_)
print(f"簇内平方和 inertia = {km.inertia_:.2f}")

# 交叉表：行是真实品种，列是簇编号
table = pd.crosstab(names_zh[y], clusters, rownames=["真实品种"], colnames=["簇编号"])
print("\n", table)

# 簇编号本身没有含义：给每个簇贴上它里面最多的那个品种，再数有几朵对得上
majority = {c: np.bincount(y[clusters == c]).argmax() for c in range(3)}
mapped = np.array([majority[c] for c in clusters])
print("\n每个簇的多数品种:", {c: str(names_zh[s]) for c, s in majority.items()})
print(f"按多数品种对照，一致的花: {np.sum(mapped == y)} / {len(y)} = {np.mean(mapped == y):.4f}")

# 换一个随机种子：分组结果一样，编号却可能换了
km3 = KMeans(n_clusters=3, n_init=10, random_state=3).fit(X)
print("\n第 1、51、101 朵花的簇编号  random_state=0:", clusters[[0, 50, 100]],
      " random_state=3:", km3.labels_[[0, 50, 100]])

# k 换成 1~6：簇越多，簇内平方和越小，所以不能只靠它来选 k
inertias = [KMeans(n_clusters=k, n_init=10, random_state=0).fit(X).inertia_ for k in range(1, 7)]
print("k = 1..6 的 inertia:", np.round(inertias, 1))

# 画图：左边按真实品种上色，右边按 K 均值的簇上色（只画花瓣长和花瓣宽两维）
fig, axes = plt.subplots(1, 2, figsize=(6.4, 3.2), layout="constrained", sharey=True)
markers = ["o", "s", "^"]
colors = ["tab:blue", "tab:orange", "tab:green"]
for s in range(3):
    m = y == s
    axes[0].scatter(X[m, 2], X[m, 3], s=14, alpha=0.7, marker=markers[s], color=colors[s], label=names_zh[s])
for c, s in majority.items():             # 簇用它的多数品种的颜色画，方便左右对照
    m = clusters == c
    axes[1].scatter(X[m, 2], X[m, 3], s=14, alpha=0.7, marker=markers[s], color=colors[s], label=f"簇 {c}")
axes[1].scatter(km.cluster_centers_[:, 2], km.cluster_centers_[:, 3], marker="X", s=120,
                color="black", label="簇中心")
axes[0].set_title("有标签：真实品种")
axes[1].set_title("无标签：K 均值的 3 个簇")
for ax in axes:
    ax.set_xlabel("花瓣长（厘米）")
    ax.grid(True, alpha=0.3)
    ax.legend(fontsize=8)
axes[0].set_ylabel("花瓣宽（厘米）")
plt.show()
