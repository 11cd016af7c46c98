"""欠拟合与过拟合：多项式次数从 0 到 15，看训练误差和验证误差

合成数据：y = sin(2πx) + 噪声（标准差 0.3），共 100 个点，
划分为训练集 20 个、验证集 40 个、测试集 40 个。每个次数都用最小二乘拟合，
用验证集挑次数，最后只在测试集上报告一次。
"""
import matplotlib.pyplot as plt
import numpy as np

rng = np.random.default_rng(0)
n = 100
x = rng.uniform(0, 1, n)
y = np.sin(2 * np.pi * x) + rng.normal(0, 0.3, n)

idx = rng.permutation(n)                 # 先打乱再切分
train, val, test = idx[:20], idx[20:60], idx[60:]


def poly_features(x, degree):
    """把 x 变成 [1, z, z², ..., z^degree]，z = 2x - 1 落在 [-1, 1]，数值更稳定。"""
    z = 2 * x - 1
    return np.vander(z, degree + 1, increasing=True)


def fit(x, y, degree):
    A = poly_features(x, degree)
    theta, *_ = np.linalg.lstsq(A, y, rcond=None)  # 最小二乘解
    return theta


def mse(theta, x, y, degree):
    return np.mean((poly_features(x, degree) @ theta - y) ** 2)


degrees = np.arange(16)
train_err, val_err = [], []
print("次数  训练 MSE   验证 MSE")
for d in degrees:
    theta = fit(x[train], y[train], d)
    train_err.append(mse(theta, x[train], y[train], d))
    val_err.append(mse(theta, x[val], y[val], d))
    print(f"{d:>3}  {train_err[-1]:9.3f}  {val_err[-1]:9.3f}")

best = degrees[np.argmin(val_err)]
theta_best = fit(x[train], y[train], best)
print(f"验证集挑出的次数: {best}，它的测试 MSE = {mse(theta_best, x[test], y[test], best):.3f}")
print("（噪声方差 0.3² = 0.09 是新数据上平均 MSE 的下限；只有 40 个点时估计会上下波动）")

fig, ax = plt.subplots(figsize=(6, 3.5))
ax.plot(degrees, train_err, "o-", color="tab:blue", label="训练集 MSE")
ax.plot(degrees, val_err, "s-", color="tab:orange", label="验证集 MSE")
ax.axvline(best, color="gray", linestyle=":", label=f"验证误差最小：{best} 次")
ax.set_yscale("log")
ax.set_xlabel("多项式次数（模型复杂度）")
ax.set_ylabel("均方误差（对数刻度）")
ax.set_title("左边欠拟合，右边过拟合")
ax.legend()

grid = np.linspace(0, 1, 400)
fig, ax = plt.subplots(figsize=(6, 3.5))
ax.scatter(x[train], y[train], color="black", s=18, zorder=3, label="训练点")
ax.plot(grid, np.sin(2 * np.pi * grid), color="gray", linestyle="--", label="真实函数 sin(2πx)")
for d, color in [(1, "tab:blue"), (best, "tab:green"), (15, "tab:red")]:
    theta = fit(x[train], y[train], d)
    ax.plot(grid, poly_features(grid, d) @ theta, color=color, label=f"{d} 次多项式")
ax.set_ylim(-2, 2)
ax.set_xlabel("x")
ax.set_ylabel("y")
ax.set_title("1 次太简单，15 次把噪声也记住了")
ax.legend(fontsize=8, loc="lower left")
plt.show()
