"""大数定律：抛硬币、掷骰子，频率慢慢靠近概率

用 NumPy 的随机数生成器模拟 10 万次抛硬币和 10 万次掷骰子，
记录「到第 n 次为止」正面（或 6 点）出现的频率，看它如何随 n 增大而稳定在理论概率附近。
"""
import matplotlib.pyplot as plt
import numpy as np

rng = np.random.default_rng(0)  # 固定种子：每次运行得到同样的“随机”结果
N = 100_000

coins = rng.integers(0, 2, size=N)  # 0 = 反面，1 = 正面，各占一半可能
dice = rng.integers(1, 7, size=N)   # 1~6 点；上界 7 取不到

print("前 10 次抛硬币（1=正面）:", coins[:10])
print("前 10 次掷骰子:         ", dice[:10])

# 到第 n 次为止的累计频率 = 累计出现次数 / n
n = np.arange(1, N + 1)
heads_freq = np.cumsum(coins == 1) / n
six_freq = np.cumsum(dice == 6) / n

print("\n   n     | 正面频率（理论 0.5） | 6 点频率（理论 1/6 ≈ 0.1667）")
for k in [10, 100, 1_000, 10_000, 100_000]:
    print(f"{k:>7,d}  |       {heads_freq[k - 1]:.4f}         |       {six_freq[k - 1]:.4f}")

# 骰子每个点数的频率：都应接近 1/6
faces, counts = np.unique(dice, return_counts=True)
print("\n10 万次掷骰子，各点数频率:")
print("  " + "  ".join(f"{f}:{c / N:.4f}" for f, c in zip(faces, counts)))

# 画图只取 500 个在对数刻度上均匀分布的 n，图小一些，形状不变
idx = np.unique(np.geomspace(1, N, 500).astype(int)) - 1
fig, ax = plt.subplots(figsize=(6, 3.5))
ax.plot(n[idx], heads_freq[idx], color="tab:blue", label="硬币正面的频率")
ax.plot(n[idx], six_freq[idx], color="tab:orange", label="骰子 6 点的频率")
ax.axhline(0.5, color="tab:blue", linestyle="--", linewidth=1)
ax.axhline(1 / 6, color="tab:orange", linestyle="--", linewidth=1)
ax.set_xscale("log")  # 横轴取对数：10、100、1000……等距排开
ax.set_ylim(-0.02, 1.02)
ax.set_xlabel("试验次数 n（对数刻度）")
ax.set_ylabel("累计频率")
ax.set_title("频率随试验次数稳定到概率（虚线为理论值）")
ax.legend()
plt.show()
