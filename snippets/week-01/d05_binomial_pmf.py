"""二项分布：用公式算 PMF，再用抛“不均匀硬币”的模拟来验证

X = n 次独立伯努利试验中成功的次数，X ~ B(n, p)。
先用公式 P(X=k) = C(n,k) p^k (1-p)^(n-k) 算出每个 k 的概率，
再重复做 10 万轮「抛 10 次」的实验，统计每轮成功次数的频率。
"""
from math import comb

import matplotlib.pyplot as plt
import numpy as np

rng = np.random.default_rng(0)
n, p = 10, 0.3      # 每轮抛 10 次；每次“成功”（正面）的概率是 0.3
rounds = 100_000    # 重复 10 万轮

# 1. 公式：概率质量函数 PMF
ks = np.arange(n + 1)
pmf = np.array([comb(n, k) * p**k * (1 - p) ** (n - k) for k in ks])

# 2. 模拟：每轮生成 10 个 [0,1) 上的均匀随机数，小于 p 记为成功（伯努利试验）
trials = rng.random((rounds, n)) < p    # 形状 (100000, 10) 的 True/False 矩阵
successes = trials.sum(axis=1)          # 每轮成功几次，形状 (100000,)
freq = np.bincount(successes, minlength=n + 1) / rounds

print(f"X ~ B(n={n}, p={p})，模拟 {rounds:,} 轮")
print(" k | C(n,k) | 公式 P(X=k) | 模拟频率")
for k in ks:
    print(f"{k:2d} | {comb(n, k):6d} |   {pmf[k]:.4f}    |  {freq[k]:.4f}")
print(f"PMF 之和 = {pmf.sum():.4f}")
print(f"最可能的 k = {ks[pmf.argmax()]}")
print(f"期望 n·p = {n * p:.4f}，模拟的平均成功次数 = {successes.mean():.4f}")

fig, ax = plt.subplots(figsize=(6, 3.5))
ax.bar(ks, freq, color="tab:blue", alpha=0.6, label="模拟频率（10 万轮）")
ax.plot(ks, pmf, "o", color="tab:red", label="公式 PMF")
ax.set_xticks(ks)
ax.set_xlabel("10 次中成功的次数 k")
ax.set_ylabel("概率 / 频率")
ax.set_title("二项分布 B(10, 0.3)")
ax.legend()
plt.show()
