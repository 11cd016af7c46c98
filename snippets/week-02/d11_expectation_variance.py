"""离散随机变量的期望与方差：按定义手算，再看样本均值、样本方差怎样靠近理论值

X = 随机抽一个中文词元所含的汉字数（分布是编的）：P(X=1)=0.2，P(X=2)=0.5，P(X=3)=0.3。
E[X] = Σ x·p(x)，Var[X] = E[(X - E[X])²] = E[X²] - (E[X])²。
"""
import matplotlib.pyplot as plt
import numpy as np

xs = np.array([1, 2, 3])
ps = np.array([0.2, 0.5, 0.3])
EX = np.sum(xs * ps)
VarX = np.sum((xs - EX) ** 2 * ps)
EX2 = np.sum(xs**2 * ps)
print(f"E[X] = {EX:.4f}，Var[X] = {VarX:.4f}（另一算法 E[X²]-E[X]² = {EX2 - EX**2:.4f}），"
      f"标准差 = {np.sqrt(VarX):.4f}")

a, b = 3, -2                                   # Y = 3X - 2
EY = np.sum((a * xs + b) * ps)
VarY = np.sum((a * xs + b - EY) ** 2 * ps)
print(f"Y = {a}X{b:+d}：E[Y] = {EY:.4f}（= {a}×{EX:.1f}{b:+d}），Var[Y] = {VarY:.4f}（= {a}²×{VarX:.2f}）")

rng = np.random.default_rng(0)
samples = rng.choice(xs, size=1_000_000, p=ps)
print("\n      n    | 样本均值 | 样本方差(ddof=0)")
for n in [10, 100, 1_000, 10_000, 1_000_000]:
    s = samples[:n]
    print(f"{n:>10,d} |  {s.mean():.4f}  |  {s.var():.4f}")
Y = a * samples + b
print(f"样本里的 Y：均值 {Y.mean():.4f}，方差 {Y.var():.4f}")

# 两颗独立骰子：E 可加（总成立），Var 可加（需要独立）
d = rng.integers(1, 7, size=(1_000_000, 2))
print(f"\n一颗骰子：E = 3.5，Var = 35/12 = {35 / 12:.4f}；样本 {d[:, 0].mean():.4f}，{d[:, 0].var():.4f}")
print(f"两颗之和：E = 7，Var = 35/6 = {35 / 6:.4f}；样本 {d.sum(axis=1).mean():.4f}，{d.sum(axis=1).var():.4f}")
print(f"同一颗骰子乘 2（2X）：Var = 4×35/12 = {4 * 35 / 12:.4f}；样本 {(2 * d[:, 0]).var():.4f}")

# 为什么 pandas 的样本方差除以 n-1：每次只抽 5 个，重复 20 万次，看平均值
small = rng.choice(xs, size=(200_000, 5), p=ps)
print(f"\n每组 5 个样本：ddof=0 的平均 {small.var(axis=1, ddof=0).mean():.4f}，"
      f"ddof=1 的平均 {small.var(axis=1, ddof=1).mean():.4f}，真值 {VarX:.4f}")

n_all = np.arange(1, 20_001)
run_mean = np.cumsum(samples[:20_000]) / n_all
run_var = np.cumsum(samples[:20_000] ** 2) / n_all - run_mean**2
idx = np.unique(np.geomspace(1, 20_000, 400).astype(int)) - 1   # 对数刻度上均匀取点，图更小
fig, ax = plt.subplots(figsize=(6, 3.5), layout="constrained")
ax.plot(n_all[idx], run_mean[idx], color="tab:blue", label="样本均值")
ax.plot(n_all[idx], run_var[idx], color="tab:orange", label="样本方差")
ax.axhline(EX, color="tab:blue", ls="--", lw=1)
ax.axhline(VarX, color="tab:orange", ls="--", lw=1)
ax.set_xscale("log")
ax.set_xlabel("样本个数 n（对数刻度）")
ax.set_title("样本均值 → E[X] = 2.1，样本方差 → Var[X] = 0.49（虚线）")
ax.legend()
plt.show()
