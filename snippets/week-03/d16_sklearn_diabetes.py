"""scikit-learn 的 LinearRegression：在糖尿病数据集上报告测试集 MSE 与 R²

与从零写的正规方程对照：同一份训练/测试划分，参数和测试集指标应当一致。
"""
import numpy as np
from sklearn.datasets import load_diabetes
from sklearn.linear_model import LinearRegression
from sklearn.metrics import mean_squared_error, r2_score
from sklearn.model_selection import train_test_split

data = load_diabetes()
X, y = data.data, data.target
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=0)

# scikit-learn：两行训练，一行预测
model = LinearRegression()
model.fit(X_train, y_train)
pred_sk = model.predict(X_test)

# 从零实现：正规方程（正规方程不需要标准化，这里直接用原始特征）
A = np.c_[X_train, np.ones(len(X_train))]
theta = np.linalg.solve(A.T @ A, A.T @ y_train)
w, b = theta[:-1], theta[-1]
pred_np = X_test @ w + b

print(f"参数最大差（sklearn vs 正规方程）: {np.max(np.abs(np.r_[model.coef_ - w, model.intercept_ - b])):.2e}")
print(f"截距 b = {model.intercept_:.4f}")


def r2(y_true, y_pred):
    """R² = 1 - 残差平方和 / 总平方和（总平方和以测试集均值为基准）"""
    ss_res = np.sum((y_true - y_pred) ** 2)
    ss_tot = np.sum((y_true - y_true.mean()) ** 2)
    return 1 - ss_res / ss_tot


print("\n             测试集 MSE     测试集 R²")
print(f"sklearn      {mean_squared_error(y_test, pred_sk):10.2f}   {r2_score(y_test, pred_sk):8.4f}")
print(f"从零实现     {np.mean((y_test - pred_np) ** 2):10.2f}   {r2(y_test, pred_np):8.4f}")
baseline = np.full_like(y_test, y_train.mean())  # 不看特征，永远猜训练集均值
print(f"只猜均值     {mean_squared_error(y_test, baseline):10.2f}   {r2_score(y_test, baseline):8.4f}")

# 哪些特征影响大？先标准化再拟合，系数才能互相比较
mu, sigma = X_train.mean(axis=0), X_train.std(axis=0)
std_model = LinearRegression().fit((X_train - mu) / sigma, y_train)
order = np.argsort(-np.abs(std_model.coef_))
print("\n标准化后系数绝对值最大的 4 个特征:")
for i in order[:4]:
    print(f"  {data.feature_names[i]:>4}: {std_model.coef_[i]:8.2f}")
