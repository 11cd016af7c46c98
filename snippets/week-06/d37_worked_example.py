"""手算例子：3 个词元、d_k = 2 的缩放点积注意力，逐步打印每个中间量

X 的每一行是一个词元（d_model = 3）；W_Q、W_K、W_V 的形状都是 (3, 2)。
"""
import numpy as np

np.set_printoptions(precision=4, suppress=True)

X = np.array([[1.0, 0.0, 1.0],     # 词元 1
              [0.0, 2.0, 0.0],     # 词元 2
              [1.0, 1.0, 0.0]])    # 词元 3
W_Q = np.array([[1.0, 0.0], [0.0, 1.0], [1.0, 0.0]])
W_K = np.array([[0.0, 1.0], [1.0, 0.0], [1.0, 1.0]])
W_V = np.array([[1.0, 0.0], [0.0, 1.0], [0.0, 2.0]])

Q, K, V = X @ W_Q, X @ W_K, X @ W_V
print("Q = X W_Q    K = X W_K    V = X W_V")
for q, k, v in zip(Q, K, V):
    print(f"  {q}    {k}    {v}")

d_k = Q.shape[1]
S = Q @ K.T
print("分数 S = Q Kᵀ =\n", S)
S_scaled = S / np.sqrt(d_k)
print(f"除以 √d_k = {np.sqrt(d_k):.4f} 后：\n", S_scaled)


def softmax(z):
    z = z - z.max(axis=-1, keepdims=True)          # 减去每行最大值，防止 exp 溢出，结果不变
    e = np.exp(z)
    return e / e.sum(axis=-1, keepdims=True)


A = softmax(S_scaled)
print("\n注意力权重 A = softmax(S/√d_k)（按行）=\n", A)
print("输出 O = A V =\n", A @ V)

mask = np.triu(np.ones((3, 3), dtype=bool), k=1)   # 对角线以上 = 未来位置
S_causal = np.where(mask, -np.inf, S_scaled)
A_causal = softmax(S_causal)
print("\n加因果掩码后的分数（未来位置 = −∞）=\n", S_causal)
print("因果注意力权重 =\n", A_causal)
print("因果输出 =\n", A_causal @ V)
