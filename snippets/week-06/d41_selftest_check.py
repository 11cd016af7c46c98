"""用代码核对第 6 周自测题里的手算结果"""
from collections import Counter

import numpy as np
import torch
import torch.nn.functional as F
from torch import nn

np.set_printoptions(precision=4, suppress=True)
torch.manual_seed(0)

# 第 1 题：bigram 语言模型
sents = [["<s>", "我", "爱", "猫"], ["<s>", "我", "爱", "狗"], ["<s>", "你", "爱", "猫"]]
uni = Counter(w for s in sents for w in s[:-1])
bi = Counter((a, b) for s in sents for a, b in zip(s, s[1:]))
prob = lambda s: np.prod([bi[(a, b)] / uni[a] if uni[a] else 0.0 for a, b in zip(s, s[1:])])
for s in ["我爱狗", "你爱狗", "狗爱你"]:
    print(f"第 1 题 P({s}) = {prob(['<s>', *s]):.4f}")

# 第 2 题：3 个词元、d_k = 2 的缩放点积注意力
Q = torch.tensor([[1.0, 0.0], [0.0, 1.0], [1.0, 1.0]])
K = torch.tensor([[1.0, 1.0], [0.0, 1.0], [1.0, 0.0]])
Vm = torch.tensor([[1.0, 0.0], [0.0, 2.0], [3.0, 1.0]])
S = Q @ K.T / 2 ** 0.5
A = S.softmax(-1)
out = A @ Vm
ref = F.scaled_dot_product_attention(Q[None], K[None], Vm[None])[0]
print("第 2 题 分数 S =\n", S.numpy().round(4), "\n权重 A =\n", A.numpy().round(4))
print(" 输出 =\n", out.numpy().round(4), f"\n 与 scaled_dot_product_attention 的最大差 {(out - ref).abs().max():.1e}")

# 第 3 题：q·k 的方差约等于 d_k
rng = np.random.default_rng(0)
for d_k in [4, 64]:
    dots = (rng.normal(size=(100000, d_k)) * rng.normal(size=(100000, d_k))).sum(1)
    print(f"第 3 题 d_k = {d_k:2d}：q·k 的样本方差 {dots.var():.2f}，除以 √d_k 后 {(dots / np.sqrt(d_k)).var():.3f}")

# 第 4 题：多头注意力参数量
mha = nn.MultiheadAttention(512, 8)
print(f"第 4 题 nn.MultiheadAttention(512, 8) 参数 {sum(p.numel() for p in mha.parameters()):,}，"
      f"公式 4d²+4d = {4 * 512**2 + 4 * 512:,}")

# 第 7 题：正弦位置编码
print("第 7 题 PE(3), d=4 =", np.array([np.sin(3), np.cos(3), np.sin(0.03), np.cos(0.03)]))

# 第 8 题：注意力矩阵的显存（12 个头、float32、一层）
for n in [1024, 4096]:
    print(f"第 8 题 n = {n}：{n * n * 4 * 12 / 2**20:.0f} MiB")

# 第 9 题：层归一化
x = torch.tensor([0.0, 0.0, 3.0, 5.0])
print("第 9 题 LN(0,0,3,5) =", nn.LayerNorm(4, elementwise_affine=False)(x).numpy().round(4))

# 第 10 题：迷你 GPT 的参数量（V=5000, P=256, d=256, N=4, 权重共享）
V, P, d, N = 5000, 256, 256, 4
parts = [nn.Embedding(V, d), nn.Embedding(P, d), nn.LayerNorm(d),
         *[nn.TransformerEncoderLayer(d, 4, 4 * d, norm_first=True) for _ in range(N)]]
counted = sum(p.numel() for m in parts for p in m.parameters())
print(f"第 10 题 数出来 {counted:,}，公式 {V * d + P * d + N * (12 * d * d + 13 * d) + 2 * d:,}，"
      f"不共享时 {counted + V * d:,}")
