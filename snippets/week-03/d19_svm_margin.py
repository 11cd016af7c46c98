"""最大间隔、支持向量与合页损失：在 6 个点上核对手算，再看软间隔参数 C

第一部分：课文里的 6 个点（3 个负类、3 个正类）线性可分，用很大的 C 近似硬间隔，
读出 w、b、间隔宽度和支持向量，并算出每个点的 y·f(x) 和合页损失。
第二部分：再加一个贴近正类的负类点，比较 C = 100 与 C = 0.1 时间隔和支持向量的变化。
"""
import matplotlib.pyplot as plt
import numpy as np
from sklearn.svm import SVC

np.set_printoptions(precision=4, suppress=True)
X = np.array([[0, 0], [1, -1], [1, 1], [3, 3], [4, 3], [3, 5]], dtype=float)
y = np.array([-1, -1, -1, 1, 1, 1])

svm = SVC(kernel="linear", C=1000).fit(X, y)
w, b = svm.coef_[0], svm.intercept_[0]
print(f"w = {w}，b = {b:.4f}，间隔宽度 2/‖w‖ = {2 / np.linalg.norm(w):.4f}")
print("支持向量：", [tuple(float(v) for v in sv) for sv in svm.support_vectors_])
f = X @ w + b                                   # 决策函数 f(x) = w·x + b
print("点          y    f(x)   y·f(x)  合页损失 max(0, 1 - y·f(x))")
for xi, yi, fi in zip(X, y, f):
    point = f"({xi[0]:g}, {xi[1]:g})"
    print(f"{point:<10} {yi:>2} {fi:7.3f} {yi * fi:7.3f} {max(0.0, 1 - yi * fi):9.3f}")

# ---------- 第二部分：加一个「捣乱」的负类点，看 C 的作用 ----------
X2 = np.vstack([X, [2.5, 2.0]])
y2 = np.append(y, -1)
print("\n加入负类点 (2.5, 2.0) 之后：")
models = {}
for C in [100, 1, 0.1]:
    m = SVC(kernel="linear", C=C).fit(X2, y2)
    models[C] = m
    w2 = m.coef_[0]
    hinge = np.maximum(0, 1 - y2 * m.decision_function(X2))
    print(f"  C = {C:<5} 间隔宽度 {2 / np.linalg.norm(w2):.4f}  支持向量 {len(m.support_)} 个  "
          f"合页损失之和 {hinge.sum():.3f}  训练准确率 {m.score(X2, y2):.4f}")


def draw(ax, model, Xd, yd, title):
    """画出两类点、决策边界 f = 0（实线）、间隔边界 f = ±1（虚线），圈出支持向量。"""
    ax.scatter(*Xd[yd == -1].T, color="tab:red", s=50, label="负类 y = -1")
    ax.scatter(*Xd[yd == 1].T, color="tab:blue", s=50, label="正类 y = +1")
    g1, g2 = np.meshgrid(np.linspace(-1, 5.5, 200), np.linspace(-2, 6, 200))
    F = model.decision_function(np.c_[g1.ravel(), g2.ravel()]).reshape(g1.shape)
    ax.contour(g1, g2, F, levels=[-1, 0, 1], colors="gray", linestyles=["--", "-", "--"])
    sv = model.support_vectors_
    ax.scatter(*sv.T, s=180, facecolors="none", edgecolors="black", label="支持向量")
    ax.set_aspect("equal")
    ax.set_title(title, fontsize=10)


fig, ax = plt.subplots(figsize=(6, 3.5), layout="constrained")
draw(ax, svm, X, y, "最大间隔：实线 f(x)=0，虚线 f(x)=±1")
ax.legend(loc="center left", bbox_to_anchor=(1.02, 0.5), fontsize=8)

fig, axes = plt.subplots(1, 2, figsize=(6, 3.5), layout="constrained")
for ax, C in zip(axes, [100, 0.1]):
    draw(ax, models[C], X2, y2, f"C = {C}")
fig.suptitle("软间隔：C 大则少犯错、间隔窄；C 小则间隔宽、允许违规")
plt.show()
