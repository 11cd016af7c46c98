"""置换等变：不加位置信息时，打乱输入顺序，自注意力的输出只是跟着被打乱"""
import math

import torch
import torch.nn.functional as F

torch.manual_seed(0)
d_model = 8
vocab = {"猫": 0, "追": 1, "狗": 2}
emb = torch.randn(len(vocab), d_model)                       # 词元嵌入（随机，未训练）
W_q, W_k, W_v = (torch.randn(d_model, d_model) / math.sqrt(d_model) for _ in range(3))


def self_attention(X, causal=False):
    """单头自注意力：X 形状 (n, d_model)，返回 (n, d_model)"""
    Q, K, V = X @ W_q, X @ W_k, X @ W_v
    return F.scaled_dot_product_attention(Q[None], K[None], V[None], is_causal=causal)[0]


def sinusoid(n, d):
    pos = torch.arange(n)[:, None].float()
    omega = 10000 ** (-torch.arange(0, d, 2).float() / d)
    pe = torch.zeros(n, d)
    pe[:, 0::2], pe[:, 1::2] = torch.sin(pos * omega), torch.cos(pos * omega)
    return pe


# 1) 一般情形：5 个随机向量，任取一个排列
X = torch.randn(5, d_model)
perm = torch.tensor([3, 0, 4, 1, 2])
Y, Y_perm = self_attention(X), self_attention(X[perm])
print("排列 perm =", perm.tolist())
print(f"max|f(X[perm]) - f(X)[perm]| = {(Y_perm - Y[perm]).abs().max():.2e}  （等变：只差浮点误差）")
print(f"max|f(X[perm]) - f(X)|       = {(Y_perm - Y).abs().max():.4f}  （输出确实换了位置）")

# 2) 「猫追狗」和「狗追猫」：不加位置编码时，「猫」得到的输出向量完全相同
s1 = torch.stack([emb[vocab[c]] for c in "猫追狗"])
s2 = torch.stack([emb[vocab[c]] for c in "狗追猫"])
out1, out2 = self_attention(s1), self_attention(s2)
print("\n不加位置编码：")
print(f"  「猫」在两句中的输出之差 = {(out1[0] - out2[2]).abs().max():.2e}")
print(f"  「追」在两句中的输出之差 = {(out1[1] - out2[1]).abs().max():.2e}")

# 3) 加上正弦位置编码以后，同一个字在不同位置的输出不同了
pe = sinusoid(3, d_model)
out1, out2 = self_attention(s1 + pe), self_attention(s2 + pe)
print("加上正弦位置编码：")
print(f"  「猫」在两句中的输出之差 = {(out1[0] - out2[2]).abs().max():.4f}")
print(f"  「追」在两句中的输出之差 = {(out1[1] - out2[1]).abs().max():.4f}")

# 4) 因果掩码本身就打破了对称：第 1 个位置只能看自己，最后一个位置能看全部
Yc, Yc_perm = self_attention(X, causal=True), self_attention(X[perm], causal=True)
print(f"\n带因果掩码时 max|f(X[perm]) - f(X)[perm]| = {(Yc_perm - Yc[perm]).abs().max():.4f}  （不再等变）")
