"""贝叶斯公式与基础比率：检测呈阳性，真正患病的概率有多大？

患病率（先验）1%，灵敏度 P(+|病) = 99%，特异度 P(-|健康) = 95%。
先按公式算，再数「一万人」，最后模拟一百万人核对。
"""
import matplotlib.pyplot as plt
import numpy as np

prior, sens, spec = 0.01, 0.99, 0.95
fpr = 1 - spec                                     # 假阳性率 P(+|健康)

# 1) 公式：全概率公式求分母，贝叶斯公式求后验
p_pos = prior * sens + (1 - prior) * fpr
post = prior * sens / p_pos
print(f"P(+) = {prior} × {sens} + {1 - prior} × {fpr:.2f} = {p_pos:.4f}")
print(f"P(病|+) = {prior * sens:.4f} / {p_pos:.4f} = {post:.4f}")

# 2) 自然频数：想象 10000 个人
N = 10_000
sick = N * prior
tp, fp = sick * sens, (N - sick) * fpr
print(f"1 万人：患病 {sick:.0f} 人，其中阳性 {tp:.0f}；健康 {N - sick:.0f} 人，其中阳性 {fp:.0f}")
print(f"阳性共 {tp + fp:.0f} 人，真正患病 {tp:.0f} 人，比例 {tp / (tp + fp):.4f}")

# 3) 模拟一百万人
rng = np.random.default_rng(0)
n = 1_000_000
has_d = rng.random(n) < prior                      # 谁患病
pos = np.where(has_d, rng.random(n) < sens, rng.random(n) < fpr)   # 检测结果
print(f"模拟 {n:,} 人：阳性 {pos.sum():,} 人，其中患病比例 = {has_d[pos].mean():.4f}")
print(f"模拟：阴性者中患病比例 = {has_d[~pos].mean():.6f}（公式 "
      f"{prior * (1 - sens) / (prior * (1 - sens) + (1 - prior) * spec):.6f}）")

# 4) 再测一次（假设两次检测在给定是否患病时相互独立）：上一次的后验当作新的先验
post2 = post * sens / (post * sens + (1 - post) * fpr)
pos2 = np.where(has_d, rng.random(n) < sens, rng.random(n) < fpr)
print(f"两次都阳性：公式 {post2:.4f}，模拟 {has_d[pos & pos2].mean():.4f}")

# 5) 基础比率决定一切：患病率变了，同一个检测的后验天差地别
print("患病率 → P(病|+):", end=" ")
for pr in [0.001, 0.01, 0.1, 0.5]:
    print(f"{pr:g} → {pr * sens / (pr * sens + (1 - pr) * fpr):.4f}", end="；" if pr < 0.5 else "\n")

priors = np.logspace(-4, 0, 200)
posts = priors * sens / (priors * sens + (1 - priors) * fpr)
fig, ax = plt.subplots(figsize=(6, 3.5), layout="constrained")
ax.plot(priors, posts, color="tab:blue", label="特异度 95%")
spec99 = priors * sens / (priors * sens + (1 - priors) * 0.01)
ax.plot(priors, spec99, color="tab:orange", ls="--", label="特异度 99%")
ax.scatter([prior], [post], color="tab:red", zorder=3)
ax.annotate(f"患病率 1% → {post:.3f}", xy=(prior, post), xytext=(10, -4), textcoords="offset points",
            color="tab:red")
ax.set_xscale("log")
ax.set_xlabel("患病率（先验，对数刻度）")
ax.set_ylabel("P(病 | 阳性)")
ax.set_title("灵敏度 99% 的检测：阳性的含义取决于基础比率")
ax.legend()
ax.grid(alpha=0.3)
plt.show()
