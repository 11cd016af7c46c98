"""本周六种算法同台：在乳腺癌数据上用 5 折分层交叉验证比较准确率（平均值 ± 标准差）

线性回归本是回归模型，这里把它硬当分类器用（标签 0/1 当作数值来拟合，预测值 ≥ 0.5 判为 1），
作为对照。每个模型都放进「标准化 + 模型」流水线，标准化只用每一折的训练部分来计算。
"""
import matplotlib.pyplot as plt
import numpy as np
from sklearn.base import BaseEstimator, ClassifierMixin
from sklearn.datasets import load_breast_cancer
from sklearn.linear_model import LinearRegression, LogisticRegression
from sklearn.model_selection import StratifiedKFold, cross_val_score
from sklearn.naive_bayes import GaussianNB
from sklearn.neighbors import KNeighborsClassifier
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.svm import SVC
from sklearn.tree import DecisionTreeClassifier


class LinearRegressionClassifier(ClassifierMixin, BaseEstimator):
    """线性回归 + 0.5 阈值：只为对照，实际中请用逻辑回归。"""

    def fit(self, X, y):
        self.classes_ = np.unique(y)
        self.reg_ = LinearRegression().fit(X, y)
        return self

    def predict(self, X):
        return (self.reg_.predict(X) >= 0.5).astype(int)


X, y = load_breast_cancer(return_X_y=True)
print(f"乳腺癌数据：{X.shape[0]} 个样本、{X.shape[1]} 个特征，"
      f"恶性 {np.sum(y == 0)} 个、良性 {np.sum(y == 1)} 个")
print(f"永远猜多数类（良性）的准确率：{np.mean(y == 1):.4f}\n")

models = {
    "线性回归（阈值 0.5）": LinearRegressionClassifier(),
    "逻辑回归": LogisticRegression(max_iter=1000),
    "决策树（max_depth=4）": DecisionTreeClassifier(max_depth=4, random_state=0),
    "KNN（k=5）": KNeighborsClassifier(n_neighbors=5),
    "SVM（RBF 核，C=1）": SVC(kernel="rbf", C=1.0),
    "高斯朴素贝叶斯": GaussianNB(),
}
cv = StratifiedKFold(n_splits=5, shuffle=True, random_state=0)
results = {}
for name, model in models.items():
    scores = cross_val_score(make_pipeline(StandardScaler(), model), X, y, cv=cv)
    results[name] = scores
    print(f"{scores.mean():.4f} ± {scores.std():.4f}  最差一折 {scores.min():.4f}  {name}")

# ---------- 图：平均准确率与误差线（±1 个标准差） ----------
names = list(results)
means = np.array([results[n].mean() for n in names])
stds = np.array([results[n].std() for n in names])
fig, ax = plt.subplots(figsize=(6, 3.5), layout="constrained")
ax.barh(names, means, xerr=stds, color="tab:blue", alpha=0.7, capsize=4)
ax.axvline(np.mean(y == 1), color="gray", linestyle=":", label="永远猜良性")
ax.set_xlim(0.55, 1.0)
ax.invert_yaxis()                    # 让第一个模型排在最上面
ax.set_xlabel("5 折交叉验证准确率（误差线为 ±1 个标准差）")
ax.set_title("六种算法在乳腺癌数据上的比较")
fig.legend(loc="outside lower right", fontsize=8)
plt.show()
