"""正态分布：直方图与密度曲线，密度可以大于 1

从均值 μ=0、标准差 σ=0.02 的正态分布抽 10 万个数（许多语言模型就用这样的分布给权重赋初值），
把直方图画成“密度”刻度，与公式算出的密度曲线对比；再数一数落在 μ±σ、μ±2σ、μ±3σ 内的比例。
"""
import matplotlib.pyplot as plt
import numpy as np

rng = np.random.default_rng(0)
mu, sigma = 0.0, 0.02
N = 100_000
x = rng.normal(mu, sigma, size=N)


def normal_pdf(t, mu, sigma):
    """正态分布的概率密度函数 f(t)。"""
    return np.exp(-((t - mu) ** 2) / (2 * sigma**2)) / (sigma * np.sqrt(2 * np.pi))


print(f"样本数 {N:,}，样本均值 = {x.mean():.5f}，样本标准差 = {x.std():.5f}")
print(f"密度曲线的最高点 f(μ) = {normal_pdf(mu, mu, sigma):.4f}  （大于 1 也没关系）")

# 密度曲线下的总面积：在 μ±8σ 上用很细的梯形近似积分
grid = np.linspace(mu - 8 * sigma, mu + 8 * sigma, 2001)
area = np.trapezoid(normal_pdf(grid, mu, sigma), grid)
print(f"密度曲线下的面积 ≈ {area:.4f}")

for k in [1, 2, 3]:
    inside = np.mean(np.abs(x - mu) <= k * sigma)
    print(f"落在 μ±{k}σ 内的比例 = {inside:.4f}")

fig, ax = plt.subplots(figsize=(6, 3.5))
ax.hist(x, bins=60, density=True, color="tab:blue", alpha=0.6, label="10 万个样本的直方图")
t = np.linspace(mu - 4 * sigma, mu + 4 * sigma, 400)
ax.plot(t, normal_pdf(t, mu, sigma), color="tab:red", label="密度函数 f(x)")
ax.set_xlabel("x")
ax.set_ylabel("密度")
ax.set_title("正态分布 N(0, 0.02²)：直方图与密度曲线")
ax.set_xlim(mu - 5 * sigma, mu + 5 * sigma)
ax.legend(loc="upper left")
plt.show()
