"""旋转位置编码（RoPE）：旋转后的 q·k 只取决于位置之差"""
import numpy as np
import torch
from transformers import LlamaConfig
from transformers.models.llama.modeling_llama import LlamaRotaryEmbedding, apply_rotary_pos_emb

np.set_printoptions(precision=4, suppress=True)
rng = np.random.default_rng(0)


def rot2(angle):
    c, s = np.cos(angle), np.sin(angle)
    return np.array([[c, -s], [s, c]])


# 1) 二维情形：q 在位置 m 旋转 mθ，k 在位置 n 旋转 nθ
q, k, theta = np.array([1.0, 2.0]), np.array([0.5, -1.0]), 0.3
print("二维，θ = 0.3，q = (1, 2)，k = (0.5, -1)，原始 q·k =", q @ k)
for m, n in [(0, 0), (2, 5), (10, 13), (7, 4)]:
    score = (rot2(m * theta) @ q) @ (rot2(n * theta) @ k)
    direct = q @ rot2((n - m) * theta) @ k                    # qᵀ R((n-m)θ) k
    print(f"  m = {m:2d}, n = {n:2d}, n-m = {n - m:2d}：旋转后 q·k = {score:.4f}，qᵀR((n-m)θ)k = {direct:.4f}")


# 2) d 维：把维度两两配对，第 i 对用频率 θ_i = 10000^(-2i/d)
def rope(x, pos, base=10000.0):
    """x 形状 (n, d)，相邻两维 (2i, 2i+1) 为一对，按 pos·θ_i 旋转"""
    d = x.shape[1]
    ang = pos[:, None] * base ** (-np.arange(0, d, 2) / d)   # (n, d/2)
    c, s = np.cos(ang), np.sin(ang)
    out = np.empty_like(x)
    out[:, 0::2] = x[:, 0::2] * c - x[:, 1::2] * s
    out[:, 1::2] = x[:, 0::2] * s + x[:, 1::2] * c
    return out


d, n = 8, 64
q1, k1 = rng.normal(size=d), rng.normal(size=d)
Q = rope(np.tile(q1, (n, 1)), np.arange(n, dtype=float))     # 同一个 q 放在 64 个位置
K = rope(np.tile(k1, (n, 1)), np.arange(n, dtype=float))
S = Q @ K.T                                                    # S[m, n] = q_m · k_n
diag = [S[m, m + 3] for m in range(n - 3)]
print(f"\nd = {d}：偏移 3 的 {len(diag)} 个分数 S[m, m+3] 最大值 - 最小值 = {max(diag) - min(diag):.2e}")
print(f"不同偏移的分数不同：S[0,0] = {S[0, 0]:.4f}，S[0,3] = {S[0, 3]:.4f}，S[0,20] = {S[0, 20]:.4f}")
print(f"旋转不改变长度：|q| = {np.linalg.norm(q1):.4f}，|RoPE(q, 37)| = {np.linalg.norm(Q[37]):.4f}")

# 3) 与 transformers 的 Llama 实现核对。Llama 把第 i 维与第 i + d/2 维配对（不是相邻两维），
#    所以先把我们的维度顺序重排成 [0, 2, 4, 6, 1, 3, 5, 7]，旋转后再排回来
cfg = LlamaConfig(hidden_size=d, num_attention_heads=1, num_key_value_heads=1,
                  intermediate_size=16, num_hidden_layers=1, vocab_size=10)
X = rng.normal(size=(n, d))
order = np.r_[0:d:2, 1:d:2]
xt = torch.tensor(X[:, order], dtype=torch.float64)[None, None]   # (batch, heads, n, d)
cos, sin = LlamaRotaryEmbedding(cfg)(xt.float(), torch.arange(n)[None])
lq, _ = apply_rotary_pos_emb(xt, xt, cos.double(), sin.double())
ours = rope(X, np.arange(n, dtype=float))
print(f"与 transformers 的 apply_rotary_pos_emb 最大差 = {np.abs(lq[0, 0].numpy() - ours[:, order]).max():.2e}")
