"""用 5 折交叉验证给决策树选最大深度、给 KNN 选 k，最后只在测试集上报告一次

流程：先留出 30% 作测试集、锁起来不看；在剩下的训练集上做 5 折分层交叉验证，
对每个候选超参数算平均验证准确率，挑最高的，用全部训练集重新训练，再测一次测试集。
KNN 放进「标准化 + KNN」流水线，保证每一折的均值和标准差只来自该折的训练部分。
"""
import matplotlib.pyplot as plt
import numpy as np
from sklearn.datasets import load_wine
from sklearn.model_selection import StratifiedKFold, cross_val_score, train_test_split
from sklearn.neighbors import KNeighborsClassifier
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.tree import DecisionTreeClassifier

X, y = load_wine(return_X_y=True)
X_tr, X_te, y_tr, y_te = train_test_split(X, y, test_size=0.3, stratify=y, random_state=0)
cv = StratifiedKFold(n_splits=5, shuffle=True, random_state=0)

# ---------- 先手写一遍 5 折，看清交叉验证在做什么 ----------
print("手写 5 折（决策树，max_depth=3）：")
scores = []
for i, (fit_idx, val_idx) in enumerate(cv.split(X_tr, y_tr), start=1):
    tree = DecisionTreeClassifier(max_depth=3, random_state=0).fit(X_tr[fit_idx], y_tr[fit_idx])
    scores.append(tree.score(X_tr[val_idx], y_tr[val_idx]))
    print(f"  第 {i} 折：训练 {len(fit_idx)} 个，验证 {len(val_idx)} 个，验证准确率 {scores[-1]:.4f}")
auto = cross_val_score(DecisionTreeClassifier(max_depth=3, random_state=0), X_tr, y_tr, cv=cv)
print(f"  平均 {np.mean(scores):.4f} ± {np.std(scores):.4f}；cross_val_score 给出 {auto.mean():.4f}")

# ---------- 决策树：max_depth = 1 … 8 ----------
depths = np.arange(1, 9)
tree_cv = np.array([cross_val_score(DecisionTreeClassifier(max_depth=d, random_state=0),
                                    X_tr, y_tr, cv=cv) for d in depths])
best_depth = depths[np.argmax(tree_cv.mean(axis=1))]   # 平票时取更浅的树
print("\n最大深度:   " + " ".join(f"{d:>6}" for d in depths))
print("CV 准确率:  " + " ".join(f"{m:6.4f}" for m in tree_cv.mean(axis=1)))

# ---------- KNN：k = 1 … 30，标准化与不标准化各一条曲线 ----------
ks = np.arange(1, 31)
knn_std = np.array([cross_val_score(make_pipeline(StandardScaler(), KNeighborsClassifier(k)),
                                    X_tr, y_tr, cv=cv) for k in ks])
knn_raw = np.array([cross_val_score(KNeighborsClassifier(k), X_tr, y_tr, cv=cv) for k in ks])
best_k = ks[np.argmax(knn_std.mean(axis=1))]            # 平票时取更小的 k
show = [0, 2, 4, 6, 10, 14, 19, 24, 29]                 # 只打印一部分 k
print("\nk:           " + " ".join(f"{ks[i]:>6}" for i in show))
print("标准化 KNN:  " + " ".join(f"{knn_std[i].mean():6.4f}" for i in show))
print("不标准化:    " + " ".join(f"{knn_raw[i].mean():6.4f}" for i in show))

# ---------- 选定后：用全部训练集重训，只碰一次测试集 ----------
final_tree = DecisionTreeClassifier(max_depth=best_depth, random_state=0).fit(X_tr, y_tr)
final_knn = make_pipeline(StandardScaler(), KNeighborsClassifier(best_k)).fit(X_tr, y_tr)
print(f"\n选出 max_depth = {best_depth}（CV {tree_cv.mean(axis=1).max():.4f}），"
      f"测试准确率 {final_tree.score(X_te, y_te):.4f}")
print(f"选出 k = {best_k}（CV {knn_std.mean(axis=1).max():.4f}），"
      f"测试准确率 {final_knn.score(X_te, y_te):.4f}")

# ---------- 反面教材：如果用测试集来挑 k ----------
peek = [make_pipeline(StandardScaler(), KNeighborsClassifier(k)).fit(X_tr, y_tr).score(X_te, y_te) for k in ks]
print(f"（错误做法）按测试准确率挑 k：会挑 k = {ks[np.argmax(peek)]}，报告 {max(peek):.4f}——这个数被挑过，偏乐观")

# ---------- 图：CV 准确率随超参数的变化（阴影是各折的 ±1 个标准差） ----------
fig, ax = plt.subplots(figsize=(6, 3.5), layout="constrained")
m, s = tree_cv.mean(axis=1), tree_cv.std(axis=1)
ax.plot(depths, m, "o-", color="tab:green", label="决策树 5 折平均准确率")
ax.fill_between(depths, m - s, m + s, color="tab:green", alpha=0.2)
ax.axvline(best_depth, color="gray", linestyle=":", label=f"最佳 max_depth = {best_depth}")
ax.set_xlabel("最大深度 max_depth")
ax.set_ylabel("交叉验证准确率")
ax.set_title("决策树：太浅欠拟合，再深也不再变好")
ax.legend(loc="lower right")

fig, ax = plt.subplots(figsize=(6, 3.5), layout="constrained")
for cvs, color, name in [(knn_std, "tab:blue", "标准化 + KNN"), (knn_raw, "tab:red", "不标准化 KNN")]:
    m, s = cvs.mean(axis=1), cvs.std(axis=1)
    ax.plot(ks, m, "o-", ms=3, color=color, label=name)
    ax.fill_between(ks, m - s, m + s, color=color, alpha=0.15)
ax.axvline(best_k, color="gray", linestyle=":", label=f"最佳 k = {best_k}")
ax.set_xlabel("近邻个数 k")
ax.set_ylabel("交叉验证准确率")
ax.set_title("KNN：k 的选择与特征标准化")
ax.legend(loc="lower right")
plt.show()
