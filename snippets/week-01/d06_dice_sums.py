"""掷骰子模拟器：两颗骰子点数和的频率与精确概率

掷两颗均匀骰子 N 次，用字典统计每个点数和出现的次数，
再与枚举 36 种等可能结果得到的精确概率 k/36 对比，最后画柱状图。
"""
import random

import matplotlib.pyplot as plt

random.seed(0)  # 固定随机种子：每次运行结果都一样

# 1. 精确概率：枚举 6 × 6 = 36 种等可能的结果，数一数每个和有几种（k 种）
ways = {}
for a in range(1, 7):
    for b in range(1, 7):
        s = a + b
        ways[s] = ways.get(s, 0) + 1


def roll_sums(n):
    """掷两颗骰子 n 次，返回 {点数和: 出现次数} 的字典。"""
    counts = {}
    for _ in range(n):
        s = random.randint(1, 6) + random.randint(1, 6)
        counts[s] = counts.get(s, 0) + 1
    return counts


# 2. 模拟 N 次，逐行对比频率与精确概率
N = 10_000
counts = roll_sums(N)
print(f"掷两颗骰子 N = {N} 次")
print(" 和 | 次数 | 频率   | 精确概率 k/36  | 差")
for s in range(2, 13):
    freq = counts.get(s, 0) / N
    exact = ways[s] / 36
    print(f"{s:3d} | {counts.get(s, 0):4d} | {freq:.4f} | {ways[s]:2d}/36 = {exact:.4f} | {freq - exact:+.4f}")
print(f"次数合计 = {sum(counts.values())}，精确概率合计 = {sum(ways.values())}/36")

# 3. 次数越多，频率越接近概率（大数定律）：看最大偏差如何变化
for n in [100, 1_000, 10_000, 100_000]:
    c = roll_sums(n)
    worst = max(abs(c.get(s, 0) / n - ways[s] / 36) for s in range(2, 13))
    print(f"N = {n:>6}：频率与精确概率的最大偏差 = {worst:.4f}")

# 4. 柱状图：柱子是模拟频率，折线是精确概率
sums = list(range(2, 13))
fig, ax = plt.subplots(figsize=(6, 3.5))
ax.bar(sums, [counts.get(s, 0) / N for s in sums], color="tab:blue", alpha=0.7, label=f"模拟频率（N = {N}）")
ax.plot(sums, [ways[s] / 36 for s in sums], "o-", color="tab:orange", label="精确概率 k/36")
ax.set_xticks(sums)
ax.set_ylim(0, 0.22)  # 顶部留白，给图例腾出位置
ax.set_xlabel("两颗骰子的点数和")
ax.set_ylabel("频率 / 概率")
ax.set_title("掷两颗骰子：点数和的分布")
ax.legend(loc="upper left")
plt.show()
