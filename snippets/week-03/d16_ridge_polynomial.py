"""岭回归：同样是 15 次多项式，加上惩罚 α‖w‖² 就不再乱抖

数据与 d16_polynomial_degree.py 完全相同（同一个种子、同样的划分）。
从零实现 θ = (AᵀA + αD)⁻¹Aᵀy，D 是对角阵，偏置那一项为 0（不惩罚偏置），
再与 scikit-learn 的 Ridge 对照。α 用验证集挑选。
"""
import matplotlib.pyplot as plt
import numpy as np
from sklearn.linear_model import Ridge

rng = np.random.default_rng(0)
n = 100
x = rng.uniform(0, 1, n)
y = np.sin(2 * np.pi * x) + rng.normal(0, 0.3, n)
idx = rng.permutation(n)
train, val, test = idx[:20], idx[20:60], idx[60:]
DEGREE = 15


def poly_features(x, degree=DEGREE):
    z = 2 * x - 1
    return np.vander(z, degree + 1, increasing=True)  # 第 0 列是常数 1


def ridge_fit(x, y, alpha):
    A = poly_features(x)
    D = np.eye(A.shape[1])
    D[0, 0] = 0.0                     # 偏置不参与惩罚
    return np.linalg.solve(A.T @ A + alpha * D, A.T @ y)


def mse(theta, x, y):
    return np.mean((poly_features(x) @ theta - y) ** 2)


alphas = [0.0, 1e-6, 1e-4, 1e-3, 1e-2, 1e-1, 1.0, 10.0]
print("    α       训练 MSE   验证 MSE    ‖w‖")
val_errs = []
for a in alphas:
    if a == 0.0:   # α = 0 就是普通最小二乘；用 lstsq 求解更稳
        theta, *_ = np.linalg.lstsq(poly_features(x[train]), y[train], rcond=None)
    else:
        theta = ridge_fit(x[train], y[train], a)
    val_errs.append(mse(theta, x[val], y[val]))
    print(f"{a:>8g}  {mse(theta, x[train], y[train]):9.3f}  {val_errs[-1]:9.3f}  {np.linalg.norm(theta[1:]):9.2f}")

best_alpha = alphas[int(np.argmin(val_errs))]
theta_best = ridge_fit(x[train], y[train], best_alpha)
print(f"验证集挑出 α = {best_alpha:g}，测试 MSE = {mse(theta_best, x[test], y[test]):.3f}")

# scikit-learn：Ridge 默认不惩罚截距，和上面的 D 一致；特征里去掉常数列
sk = Ridge(alpha=best_alpha).fit(poly_features(x[train])[:, 1:], y[train])
diff = np.max(np.abs(np.r_[sk.intercept_, sk.coef_] - theta_best))
print(f"sklearn Ridge 与从零实现的参数最大差: {diff:.2e}")

grid = np.linspace(0, 1, 400)
theta0, *_ = np.linalg.lstsq(poly_features(x[train]), y[train], rcond=None)
fig, ax = plt.subplots(figsize=(6, 3.5))
ax.scatter(x[train], y[train], color="black", s=18, zorder=3, label="训练点")
ax.plot(grid, np.sin(2 * np.pi * grid), color="gray", linestyle="--", label="真实函数")
ax.plot(grid, poly_features(grid) @ theta0, color="tab:red", label="15 次，α = 0")
ax.plot(grid, poly_features(grid) @ theta_best, color="tab:green", label=f"15 次，α = {best_alpha:g}")
ax.set_ylim(-2, 2)
ax.set_xlabel("x")
ax.set_ylabel("y")
ax.set_title("岭回归把 15 次多项式拉回平滑")
ax.legend(fontsize=8, loc="lower left")
plt.show()
