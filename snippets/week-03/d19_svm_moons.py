"""线性核与 RBF 核的 SVC：在两个月牙形（make_moons）数据上比较决策边界

两个交错的半月形类别，任何一条直线都分不开。线性核只能画直线，
RBF 核把「离每个支持向量有多近」当作新特征，边界可以弯曲。
最后固定 C = 1，改变 gamma，看边界从过于平滑到过于弯曲时训练和测试准确率的变化。
"""
import matplotlib.pyplot as plt
import numpy as np
from sklearn.datasets import make_moons
from sklearn.model_selection import train_test_split
from sklearn.svm import SVC

X, y = make_moons(n_samples=300, noise=0.25, random_state=0)
X_tr, X_te, y_tr, y_te = train_test_split(X, y, test_size=0.3, stratify=y, random_state=0)

models = {
    "线性核": SVC(kernel="linear", C=1.0),
    "RBF 核（gamma = 1）": SVC(kernel="rbf", C=1.0, gamma=1.0),
}
for name, m in models.items():
    m.fit(X_tr, y_tr)
    print(f"{name}：训练准确率 {m.score(X_tr, y_tr):.4f}  测试准确率 {m.score(X_te, y_te):.4f}"
          f"  支持向量 {len(m.support_)} 个（训练集共 {len(X_tr)} 个）")

print("\nRBF 核，C = 1，改变 gamma：")
for gamma in [0.01, 0.1, 1, 10, 100]:
    m = SVC(kernel="rbf", C=1.0, gamma=gamma).fit(X_tr, y_tr)
    print(f"  gamma = {gamma:<6} 训练 {m.score(X_tr, y_tr):.4f}  测试 {m.score(X_te, y_te):.4f}"
          f"  支持向量 {len(m.support_):>3} 个")

# ---------- 图：两种核的决策区域 ----------
g1, g2 = np.meshgrid(np.linspace(-2, 3, 300), np.linspace(-1.5, 2, 300))
grid = np.c_[g1.ravel(), g2.ravel()]
fig, axes = plt.subplots(1, 2, figsize=(6, 3.5), sharey=True, layout="constrained")
for ax, (name, m) in zip(axes, models.items()):
    F = m.decision_function(grid).reshape(g1.shape)
    ax.contourf(g1, g2, F > 0, levels=[-0.5, 0.5, 1.5], colors=["tab:red", "tab:blue"], alpha=0.15)
    ax.contour(g1, g2, F, levels=[-1, 0, 1], colors="gray", linestyles=["--", "-", "--"], linewidths=1)
    ax.scatter(*X_tr[y_tr == 0].T, s=10, color="tab:red", label="类别 0")
    ax.scatter(*X_tr[y_tr == 1].T, s=10, color="tab:blue", label="类别 1")
    ax.set_title(f"{name}\n测试准确率 {m.score(X_te, y_te):.3f}", fontsize=10)
    ax.set_xlabel("$x_1$")
axes[0].set_ylabel("$x_2$")
axes[0].legend(loc="lower left", fontsize=8)
plt.show()
