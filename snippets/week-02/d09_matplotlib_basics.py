"""Matplotlib 面向对象接口：一个 Figure 里放两个 Axes，画折线图和直方图

左图：两条编造的“训练损失”曲线（公式加一点随机噪声生成，不是真实训练）；
右图：1000 个模拟考试成绩（正态分布抽样）的直方图。
"""
import matplotlib.pyplot as plt
import numpy as np

rng = np.random.default_rng(0)

steps = np.arange(1, 51)                         # 第 1 到 50 步
loss_fast = 2.0 * np.exp(-steps / 8) + 0.3 + rng.normal(0, 0.03, steps.size)
loss_slow = 2.0 * np.exp(-steps / 25) + 0.3 + rng.normal(0, 0.03, steps.size)
print(f"学习率大：第 1 步损失 {loss_fast[0]:.3f}，第 50 步 {loss_fast[-1]:.3f}")
print(f"学习率小：第 1 步损失 {loss_slow[0]:.3f}，第 50 步 {loss_slow[-1]:.3f}")

scores = np.clip(rng.normal(70, 10, size=1000), 0, 100)  # 截到 0~100 分之间
print(f"模拟成绩：均值 {scores.mean():.2f}，标准差 {scores.std():.2f}，"
      f"最低 {scores.min():.1f}，最高 {scores.max():.1f}")
counts, edges = np.histogram(scores, bins=20)
print("直方图最高的柱子:", counts.max(), "人，区间",
      f"[{edges[counts.argmax()]:.1f}, {edges[counts.argmax() + 1]:.1f})")

# fig 是整张画布（Figure），axes 是其中的两个坐标系（Axes）
fig, axes = plt.subplots(1, 2, figsize=(6, 3.5), layout="constrained")
ax = axes[0]
ax.plot(steps, loss_fast, label="学习率大", color="tab:blue")
ax.plot(steps, loss_slow, label="学习率小", color="tab:orange", linestyle="--")
ax.set_title("损失曲线（编造）")
ax.set_xlabel("训练步数")
ax.set_ylabel("损失")
ax.legend()
ax.grid(True, alpha=0.3)

ax = axes[1]
ax.hist(scores, bins=20, color="tab:green", alpha=0.7, label="人数")
ax.axvline(scores.mean(), color="tab:red", linestyle="--", label="平均分")
ax.set_title("1000 个模拟成绩")
ax.set_xlabel("分数")
ax.set_ylabel("人数")
ax.legend()

fig.suptitle("一个 Figure，两个 Axes")
plt.show()
