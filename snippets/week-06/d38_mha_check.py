"""从零实现多头注意力，并与 nn.MultiheadAttention、F.scaled_dot_product_attention 对拍"""
import math

import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
torch.set_num_threads(1)


class MultiHeadAttention(nn.Module):
    def __init__(self, d_model, h):
        super().__init__()
        assert d_model % h == 0, "d_model 必须能被 h 整除"
        self.h, self.d_k = h, d_model // h
        self.W_q = nn.Linear(d_model, d_model)    # 所有头的 W_Q 拼在一起：(d_model, h·d_k)
        self.W_k = nn.Linear(d_model, d_model)
        self.W_v = nn.Linear(d_model, d_model)
        self.W_o = nn.Linear(d_model, d_model)    # 拼接之后的输出投影

    def split(self, t):                            # (B, n, d_model) → (B, h, n, d_k)
        B, n, _ = t.shape
        return t.view(B, n, self.h, self.d_k).transpose(1, 2)

    def merge(self, t):                            # (B, h, n, d_k) → (B, n, d_model)
        B, _, n, _ = t.shape
        return t.transpose(1, 2).contiguous().view(B, n, self.h * self.d_k)

    def forward(self, x, causal=False, key_padding_mask=None):
        q, k, v = self.split(self.W_q(x)), self.split(self.W_k(x)), self.split(self.W_v(x))
        scores = q @ k.transpose(-2, -1) / math.sqrt(self.d_k)          # (B, h, n, n)
        n = x.shape[1]
        if causal:
            future = torch.triu(torch.ones(n, n, dtype=torch.bool), diagonal=1)
            scores = scores.masked_fill(future, float("-inf"))
        if key_padding_mask is not None:                                # (B, n)，True = 填充位置
            scores = scores.masked_fill(key_padding_mask[:, None, None, :], float("-inf"))
        A = torch.softmax(scores, dim=-1)
        return self.W_o(self.merge(A @ v)), A

    def forward_sdpa(self, x, causal=False):       # 同样的投影，注意力交给官方函数
        q, k, v = self.split(self.W_q(x)), self.split(self.W_k(x)), self.split(self.W_v(x))
        return self.W_o(self.merge(F.scaled_dot_product_attention(q, k, v, is_causal=causal)))


B, n, d_model, h = 2, 6, 512, 8
mine = MultiHeadAttention(d_model, h)
print(f"我们的模块参数量：{sum(p.numel() for p in mine.parameters()):,}（公式 4·512² + 4·512 = {4 * 512**2 + 4 * 512:,}）")

ref = nn.MultiheadAttention(d_model, h, batch_first=True)
with torch.no_grad():                               # 把我们的权重复制进官方模块
    ref.in_proj_weight.copy_(torch.cat([mine.W_q.weight, mine.W_k.weight, mine.W_v.weight]))
    ref.in_proj_bias.copy_(torch.cat([mine.W_q.bias, mine.W_k.bias, mine.W_v.bias]))
    ref.out_proj.weight.copy_(mine.W_o.weight)
    ref.out_proj.bias.copy_(mine.W_o.bias)

x = torch.randn(B, n, d_model)
future = torch.triu(torch.ones(n, n, dtype=torch.bool), diagonal=1)   # nn.MultiheadAttention 里 True = 禁止
with torch.no_grad():
    for causal in [False, True]:
        out, A = mine(x, causal=causal)
        out_ref, A_ref = ref(x, x, x, attn_mask=future if causal else None, average_attn_weights=False)
        out_sdpa = mine.forward_sdpa(x, causal=causal)
        print(f"\ncausal={causal}：输出 {tuple(out.shape)}，每头权重 {tuple(A.shape)}")
        print(f"  vs nn.MultiheadAttention：输出最大误差 {(out - out_ref).abs().max():.1e}，权重最大误差 {(A - A_ref).abs().max():.1e}")
        print(f"  vs F.scaled_dot_product_attention：最大误差 {(out - out_sdpa).abs().max():.1e}，"
              f"allclose = {torch.allclose(out, out_sdpa, atol=1e-6)}")

    # 填充掩码：第 2 句只有 4 个真实词元，后 2 个是填充
    pad = torch.tensor([[False] * 6, [False] * 4 + [True] * 2])
    out, A = mine(x, causal=True, key_padding_mask=pad)
    out_alone, _ = mine(x[1:, :4], causal=True)                         # 第 2 句不填充、单独算
    out_ref, _ = ref(x, x, x, attn_mask=future, key_padding_mask=pad)
    print("\n加填充掩码：第 2 句最后一行（填充位置的查询）的权重，头 0：", A[1, 0, -1].numpy().round(3))
    print(f"  第 2 句真实位置的输出 vs 不填充单独计算：最大误差 {(out[1, :4] - out_alone[0]).abs().max():.1e}")
    print(f"  vs nn.MultiheadAttention(key_padding_mask)：最大误差 {(out - out_ref).abs().max():.1e}")
