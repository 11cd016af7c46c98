"""条件概率与独立性：数一数 36 种结果，再用模拟核对

两颗骰子的 36 个有序结果等可能（第 5 天的古典概型），
P(A|B) = |A∩B| / |B|；A、B 独立当且仅当 P(A∩B) = P(A)·P(B)。
后半段是两步试验：盒中 3 红 2 白，不放回地摸两次，用乘法公式和全概率公式。
"""
from fractions import Fraction
from itertools import product

import numpy as np

omega = list(product(range(1, 7), repeat=2))          # 36 个 (第一颗, 第二颗)
events = {
    "A 第一颗是 6": lambda a, b: a == 6,
    "B 点数和 ≥ 10": lambda a, b: a + b >= 10,
    "C 第一颗是偶数": lambda a, b: a % 2 == 0,
    "D 点数和为 7": lambda a, b: a + b == 7,
}


def P(*names):
    """所列事件同时发生的概率：满足全部条件的结果个数 / 36。"""
    hits = [w for w in omega if all(events[n](*w) for n in names)]
    return Fraction(len(hits), len(omega))


for n in events:
    print(f"P({n}) = {P(n)}")
A, B, C, D = events
print(f"P(A|B) = P(A∩B)/P(B) = ({P(A, B)})/({P(B)}) = {P(A, B) / P(B)}  （不知道 B 时只有 {P(A)}）")
for x, y in [(A, B), (C, D), (A, D)]:
    joint, prod = P(x, y), P(x) * P(y)
    verdict = "独立" if joint == prod else "不独立"
    print(f"{x[:1]} 与 {y[:1]}: P(交) = {joint}，P·P = {prod} → {verdict}")

rng = np.random.default_rng(0)
rolls = rng.integers(1, 7, size=(100_000, 2))
s = rolls.sum(axis=1)
in_B = s >= 10
print(f"模拟 10 万次：B 出现 {in_B.sum()} 次，其中第一颗是 6 的比例 = "
      f"{(rolls[in_B, 0] == 6).mean():.4f}（理论 0.5）")

# 两步试验：3 红 2 白，不放回摸两次
print("\n盒中 3 红 2 白，不放回摸两次")
p_r1r2 = Fraction(3, 5) * Fraction(2, 4)               # 乘法公式 P(R1)·P(R2|R1)
p_w1r2 = Fraction(2, 5) * Fraction(3, 4)               # P(W1)·P(R2|W1)
print(f"P(两次都红) = 3/5 × 2/4 = {p_r1r2}")
print(f"P(第二次红) = 3/5 × 2/4 + 2/5 × 3/4 = {p_r1r2 + p_w1r2}（全概率公式）")
print(f"P(第一次红 | 第二次红) = ({p_r1r2}) / ({p_r1r2 + p_w1r2}) = {p_r1r2 / (p_r1r2 + p_w1r2)}")

balls = np.array([1, 1, 1, 0, 0])                       # 1 = 红，0 = 白
draws = np.array([rng.permutation(balls)[:2] for _ in range(100_000)])
r1, r2 = draws[:, 0] == 1, draws[:, 1] == 1
print(f"模拟：两次都红 {np.mean(r1 & r2):.4f}，第二次红 {r2.mean():.4f}，"
      f"第一次红|第二次红 {r1[r2].mean():.4f}")
