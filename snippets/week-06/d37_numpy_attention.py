"""用 NumPy 实现带因果掩码的缩放点积注意力，并与 PyTorch 官方函数对拍

Attention(Q, K, V) = softmax(Q Kᵀ / √d_k + M) V，M 在被遮住的位置为 −∞、其余为 0。
"""
import numpy as np
import torch
import torch.nn.functional as F

np.set_printoptions(precision=4, suppress=True)
rng = np.random.default_rng(0)


def attention(Q, K, V, causal=False):
    """Q: (..., n, d_k)，K: (..., n, d_k)，V: (..., n, d_v)，返回输出 (..., n, d_v) 和权重 (..., n, n)"""
    d_k = Q.shape[-1]
    S = Q @ np.swapaxes(K, -1, -2) / np.sqrt(d_k)            # (..., n, n)
    if causal:
        n_q, n_k = S.shape[-2:]
        future = np.triu(np.ones((n_q, n_k), dtype=bool), k=1)
        S = np.where(future, -np.inf, S)
    S = S - S.max(axis=-1, keepdims=True)                     # 数值稳定
    A = np.exp(S)
    A = A / A.sum(axis=-1, keepdims=True)
    return A @ V, A


batch, n, d_k, d_v = 2, 5, 4, 3
Q = rng.standard_normal((batch, n, d_k))
K = rng.standard_normal((batch, n, d_k))
V = rng.standard_normal((batch, n, d_v))
print(f"Q {Q.shape}，K {K.shape}，V {V.shape}")

for causal in [False, True]:
    out, A = attention(Q, K, V, causal=causal)
    ref = F.scaled_dot_product_attention(torch.from_numpy(Q), torch.from_numpy(K), torch.from_numpy(V),
                                         is_causal=causal).numpy()
    print(f"\nis_causal={causal}：输出形状 {out.shape}，权重形状 {A.shape}")
    print(f"  与 F.scaled_dot_product_attention 的最大绝对误差：{np.abs(out - ref).max():.1e}")
    print(f"  每行权重之和的最大偏差：{np.abs(A.sum(-1) - 1).max():.1e}")
    print(f"  对角线以上（未来位置）权重的最大值：{np.triu(A, k=1).max():.1e}")

print("\n第 1 个样本的因果注意力权重：")
print(A[0])

# float32 下也对一次（官方函数的默认精度）
out32, _ = attention(Q.astype(np.float32), K.astype(np.float32), V.astype(np.float32), causal=True)
ref32 = F.scaled_dot_product_attention(*(torch.from_numpy(x).float() for x in (Q, K, V)), is_causal=True).numpy()
print(f"\nfloat32 下的最大绝对误差：{np.abs(out32 - ref32).max():.1e}")
