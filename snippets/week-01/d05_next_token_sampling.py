"""从“下一个词”的概率分布里采样：次数越多，频率越接近概率

注意：下面的 5 个候选词和它们的概率是为了教学编造的，不是任何真实模型的输出。
真实的大模型会对词表里的几万个词元各给出一个概率，做法与这里相同。
"""
import matplotlib.pyplot as plt
import numpy as np

rng = np.random.default_rng(0)

context = "今天天气很"
vocab = ["好", "热", "冷", "不错", "差"]
probs = np.array([0.45, 0.25, 0.15, 0.10, 0.05])  # 编造的概率

print(f"上文：「{context}」，下一个词的（编造的）概率分布:")
for w, p in zip(vocab, probs):
    print(f"  {w}\t{p:.2f}")
print(f"概率之和 = {probs.sum():.4f}")

# 贪心：永远选概率最大的词，每次结果都一样
print("\n贪心解码:", vocab[int(np.argmax(probs))])

# 采样：按概率随机选，每次可能不同
samples = rng.choice(len(vocab), size=8, p=probs)
print("采样 8 次:", " / ".join(context + vocab[i] for i in samples))

# 采样是怎么做到的：把 [0, 1) 按概率切成 5 段，随机数 u 落在哪段就选哪个词
edges = np.cumsum(probs)
print("\n累积概率（各段右端点）:", np.round(edges, 2))
for u in [0.12, 0.47, 0.73, 0.97]:  # 手选的几个 u，方便对照
    i = int(np.searchsorted(edges, u, side="right"))
    print(f"  u = {u:.2f} → 第 {i + 1} 段 → 「{vocab[i]}」")

# 采样次数越多，各词的频率越接近它的概率
print("\n     n   | " + " | ".join(w.center(6 - len(w)) for w in vocab) + " | 最大偏差")
freqs = {}
for n in [10, 100, 1_000, 10_000, 100_000]:
    counts = np.bincount(rng.choice(len(vocab), size=n, p=probs), minlength=len(vocab))
    freqs[n] = counts / n
    row = " | ".join(f"{f:.4f}" for f in freqs[n])
    print(f"{n:>8,d} | {row} | {np.abs(freqs[n] - probs).max():.4f}")

x = np.arange(len(vocab))
fig, ax = plt.subplots(figsize=(6, 3.5))
ax.bar(x - 0.27, probs, width=0.27, color="tab:gray", label="概率（编造的）")
ax.bar(x, freqs[100], width=0.27, color="tab:orange", label="采样 100 次的频率")
ax.bar(x + 0.27, freqs[100_000], width=0.27, color="tab:blue", label="采样 10 万次的频率")
ax.set_xticks(x, vocab)
ax.set_xlabel(f"「{context}」之后的候选词")
ax.set_ylabel("概率 / 频率")
ax.set_title("从下一个词的分布中采样")
ax.legend()
plt.show()
