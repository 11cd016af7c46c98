"""同一份鸢尾花数据，两个监督学习任务：回归与分类

回归：用花瓣长度预测花瓣宽度（标签是连续的数）。
分类：用 4 个测量值预测品种（标签是 0、1、2 三个类别之一）。
两个任务都走同一套流程：准备特征 X 和标签 y → fit 训练 → predict 预测 → 用损失或指标打分。
"""
import numpy as np
from sklearn.datasets import load_iris
from sklearn.linear_model import LinearRegression
from sklearn.model_selection import train_test_split
from sklearn.neighbors import KNeighborsClassifier

np.set_printoptions(precision=2, suppress=True)
iris = load_iris()
names_zh = np.array(["山鸢尾", "杂色鸢尾", "维吉尼亚鸢尾"])

# ---------- 任务一：回归 ----------
X_reg = iris.data[:, [2]]        # 特征：花瓣长（厘米），取成 (150, 1) 的二维数组
y_reg = iris.data[:, 3]          # 标签：花瓣宽（厘米），一个连续的数
# 拿出 30% 的花藏起来当「新数据」，训练时不给模型看（第 16 天细讲数据划分）
Xtr, Xte, ytr, yte = train_test_split(X_reg, y_reg, test_size=0.3, random_state=1)
reg = LinearRegression()
reg.fit(Xtr, ytr)                # 训练：在训练集上找让损失最小的 w 和 b
pred = reg.predict(Xte)          # 预测：对没见过的花给出花瓣宽
print("【回归】特征 X 形状", X_reg.shape, "| 标签 y 的前 3 个:", y_reg[:3])
print(f"学到的模型：花瓣宽 ≈ {reg.coef_[0]:.4f} × 花瓣长 + ({reg.intercept_:.4f})")
print("测试集前 5 朵  真实:", yte[:5], " 预测:", pred[:5])
mse = np.mean((pred - yte) ** 2)
mse_base = np.mean((ytr.mean() - yte) ** 2)   # 对照：不看特征，永远猜训练集的平均宽度
print(f"测试集均方误差 MSE = {mse:.4f}（只猜平均值时是 {mse_base:.4f}）")

# ---------- 任务二：分类 ----------
X_clf = iris.data                # 特征：4 个测量值
y_clf = iris.target              # 标签：品种编号 0 / 1 / 2
Xtr, Xte, ytr, yte = train_test_split(X_clf, y_clf, test_size=0.3, random_state=1, stratify=y_clf)
clf = KNeighborsClassifier(n_neighbors=5)   # 「找训练集里最像的 5 朵花，让它们投票」，第 18 天细讲
clf.fit(Xtr, ytr)
pred = clf.predict(Xte)
print("\n【分类】特征 X 形状", X_clf.shape, "| 标签只有这几种取值:", np.unique(y_clf))
print("测试集前 5 朵  真实:", names_zh[yte[:5]].tolist())
print("               预测:", names_zh[pred[:5]].tolist())
acc = np.mean(pred == yte)
acc_base = np.mean(yte == np.bincount(ytr).argmax())   # 对照：永远猜训练集里最多的那个品种
print(f"测试集 {len(yte)} 朵，猜错 {np.sum(pred != yte)} 朵：准确率 = {acc:.4f}，错误率 = {1 - acc:.4f}")
print(f"对照：永远猜训练集里最多的品种，准确率只有 {acc_base:.4f}")
print("预测值的类型：回归输出", reg.predict(X_reg[:1]).dtype, "，分类输出", pred.dtype)
