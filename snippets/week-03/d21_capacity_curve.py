"""对照《深度学习》5.2 节：容量与误差、训练集大小与误差

数据是带噪声的两个月牙（make_moons，noise=0.35），1000 个样本，两类的边界本身就有重叠，
所以再好的模型也有一部分误差去不掉。用决策树的最大深度当作「容量」的旋钮，
用重复 3 次的 5 折分层交叉验证（共 15 次训练）估计泛化误差，让曲线更平稳。
"""
import matplotlib.pyplot as plt
import numpy as np
from sklearn.datasets import make_moons
from sklearn.model_selection import RepeatedStratifiedKFold, learning_curve, validation_curve
from sklearn.tree import DecisionTreeClassifier

X, y = make_moons(n_samples=1000, noise=0.35, random_state=0)
cv = RepeatedStratifiedKFold(n_splits=5, n_repeats=3, random_state=0)

# 1. 容量旋钮：最大深度 1 … 15
depths = np.arange(1, 16)
tr, va = validation_curve(DecisionTreeClassifier(random_state=0), X, y, param_name="max_depth",
                          param_range=depths, cv=cv)
train_err, val_err = 1 - tr.mean(axis=1), 1 - va.mean(axis=1)
print("深度   训练误差  验证误差  差距（泛化差距）")
for d in [1, 2, 4, 6, 8, 10, 15]:
    i = d - 1
    print(f"{d:>4}   {train_err[i]:.4f}    {val_err[i]:.4f}    {val_err[i] - train_err[i]:.4f}")
best = depths[np.argmin(val_err)]
print(f"验证误差最低的深度：{best}（{val_err.min():.4f}）")

# 2. 训练集大小：固定两种容量，看误差怎样随样本数变化
sizes = np.array([25, 50, 100, 200, 400, 800])
curves = {}
for d, name in [(2, "深度 2（容量小）"), (None, "不限深度（容量大）")]:
    n, tr, va = learning_curve(DecisionTreeClassifier(max_depth=d, random_state=0), X, y,
                               train_sizes=sizes, cv=cv, shuffle=True, random_state=0)
    curves[name] = (n, 1 - tr.mean(axis=1), 1 - va.mean(axis=1))
    print(f"\n{name}：训练样本数 {n.tolist()}")
    print("  训练误差 " + " ".join(f"{e:.3f}" for e in curves[name][1]))
    print("  验证误差 " + " ".join(f"{e:.3f}" for e in curves[name][2]))

fig, ax = plt.subplots(figsize=(6, 3.5), layout="constrained")
ax.plot(depths, train_err, "o-", ms=3, label="训练误差")
ax.plot(depths, val_err, "s-", ms=3, label="验证误差（交叉验证平均）")
ax.axvline(best, color="gray", linestyle=":", label=f"验证误差最低：深度 {best}")
ax.set_xlabel("最大深度（容量）")
ax.set_ylabel("错误率")
ax.set_title("容量越大，训练误差越小，泛化差距越大")
ax.legend()

fig, ax = plt.subplots(figsize=(6, 3.5), layout="constrained")
for (name, (n, t, v)), color in zip(curves.items(), ["tab:blue", "tab:red"]):
    ax.plot(n, t, "o--", ms=3, color=color, label=f"{name} 训练误差")
    ax.plot(n, v, "s-", ms=3, color=color, label=f"{name} 验证误差")
ax.set_xscale("log")
ax.minorticks_off()
ax.set_xticks(sizes, [str(s) for s in sizes])
ax.set_xlabel("训练样本数（对数刻度）")
ax.set_ylabel("错误率")
ax.set_title("训练数据越多，训练误差与验证误差越靠近")
ax.legend(fontsize=7, loc="lower right", bbox_to_anchor=(1.0, 0.08))
plt.show()
