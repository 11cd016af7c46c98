"""从零实现逻辑回归，并与 scikit-learn 的 LogisticRegression 对照（乳腺癌数据集）

标签改成「恶性 = 1（正类）、良性 = 0」。scikit-learn 默认带 L2 正则（C = 1），
它最小化的是 ½‖w‖² + C·Σ 交叉熵；两边同除以 C·n，等价于
平均交叉熵 + ‖w‖² / (2Cn)。从零实现里加上同样的一项，两边的参数才可比。
"""
import numpy as np
from sklearn.datasets import load_breast_cancer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import train_test_split

data = load_breast_cancer()
X, y = data.data, 1 - data.target  # 原数据 0 = 恶性、1 = 良性，这里翻过来
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=0, stratify=y)
mu, sigma = X_train.mean(axis=0), X_train.std(axis=0)
Z_train, Z_test = (X_train - mu) / sigma, (X_test - mu) / sigma
n, d = Z_train.shape
print(f"训练集 {n} 个（恶性 {y_train.sum()}），测试集 {len(y_test)} 个（恶性 {y_test.sum()}），特征 {d} 个")


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def mean_ce(w, b):
    """训练集上的平均二元交叉熵（clip 防止 log(0)）"""
    p = np.clip(sigmoid(Z_train @ w + b), 1e-12, 1 - 1e-12)
    return -np.mean(y_train * np.log(p) + (1 - y_train) * np.log(1 - p))


C = 1.0
lam = 1.0 / (C * n)            # 与 sklearn 的 C = 1 对应的正则强度
w, b = np.zeros(d), 0.0
lr = 0.5
print(f"  第     0 步  训练集平均交叉熵 = {mean_ce(w, b):.4f}（全零参数，p 都是 0.5，损失 = ln 2）")
for step in range(1, 10_001):
    p = sigmoid(Z_train @ w + b)
    grad_w = Z_train.T @ (p - y_train) / n + lam * w   # (p − y)x 的平均 + 正则项的梯度
    grad_b = np.mean(p - y_train)
    w -= lr * grad_w
    b -= lr * grad_b
    if step in (10, 100, 1000, 10_000):
        print(f"  第 {step:>5} 步  训练集平均交叉熵 = {mean_ce(w, b):.4f}")

sk = LogisticRegression(C=C, tol=1e-10, max_iter=1000).fit(Z_train, y_train)
print(f"参数最大差（sklearn vs 从零实现）: {np.max(np.abs(np.r_[sk.coef_[0] - w, sk.intercept_[0] - b])):.2e}")

p_np = sigmoid(Z_test @ w + b)
p_sk = sk.predict_proba(Z_test)[:, 1]         # 第 1 列是「属于类别 1」的概率
print(f"测试集预测概率的最大差: {np.max(np.abs(p_np - p_sk)):.2e}")
print(f"测试集准确率：从零实现 {np.mean((p_np >= 0.5) == y_test):.4f}，sklearn {sk.score(Z_test, y_test):.4f}")

order = np.argsort(-np.abs(w))[:4]
print("权重绝对值最大的 4 个特征（正数 = 越大越像恶性）:")
for i in order:
    print(f"  {data.feature_names[i]:<22} {w[i]:+.3f}")
