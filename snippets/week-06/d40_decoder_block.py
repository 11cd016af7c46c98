"""PyTorch 从零写解码器块（因果自注意力 + 交叉注意力），与 nn.TransformerDecoderLayer 对拍"""
import torch
import torch.nn.functional as F
from torch import nn

torch.manual_seed(0)
batch, n_src, n_tgt, d_model, h = 2, 6, 4, 16, 4
d_k, d_ff = d_model // h, 4 * d_model


def attention(x_q, x_kv, mha, causal):
    """x_q 提供查询，x_kv 提供键和值；自注意力时两者相同，交叉注意力时 x_kv 是编码器输出"""
    W_q, W_k, W_v = mha.in_proj_weight.chunk(3)
    b_q, b_k, b_v = mha.in_proj_bias.chunk(3)

    def heads(t):
        return t.view(t.shape[0], t.shape[1], h, d_k).transpose(1, 2)

    Q, K, V = heads(x_q @ W_q.T + b_q), heads(x_kv @ W_k.T + b_k), heads(x_kv @ W_v.T + b_v)
    S = Q @ K.transpose(-2, -1) / d_k ** 0.5                  # (batch, h, n_q, n_kv)
    if causal:
        n_q = S.shape[-1]
        S = S.masked_fill(torch.triu(torch.ones(n_q, n_q, dtype=torch.bool), 1), float("-inf"))
    O = (S.softmax(-1) @ V).transpose(1, 2).reshape(x_q.shape)
    return mha.out_proj(O)


def decoder_block(y, memory, L):
    """Post-LN 解码器块：因果自注意力 → 交叉注意力 → 前馈网络，每个子层后「加残差再归一化」"""
    y = L.norm1(y + attention(y, y, L.self_attn, causal=True))
    y = L.norm2(y + attention(y, memory, L.multihead_attn, causal=False))
    return L.norm3(y + L.linear2(F.relu(L.linear1(y))))


layer = nn.TransformerDecoderLayer(d_model, h, dim_feedforward=d_ff, batch_first=True).eval()
memory = torch.randn(batch, n_src, d_model)                  # 编码器的输出，(batch, n_src, d_model)
y = torch.randn(batch, n_tgt, d_model)                       # 解码器这一侧的输入
causal_mask = nn.Transformer.generate_square_subsequent_mask(n_tgt)
print("PyTorch 的因果掩码（0 = 可见，-inf = 挡住）：\n", causal_mask)

with torch.no_grad():
    ours = decoder_block(y, memory, layer)
    ref = layer(y, memory, tgt_mask=causal_mask, tgt_is_causal=True)
    print(f"输出形状 {tuple(ours.shape)}，与 nn.TransformerDecoderLayer 的最大差 = {(ours - ref).abs().max():.2e}")

    # 因果性：改掉最后一个目标词元，前面 3 个位置的输出不受影响
    y2 = y.clone()
    y2[:, -1] = torch.randn(batch, d_model)
    diff = (decoder_block(y2, memory, layer) - ours).abs().amax(dim=(0, 2))
    print("改动第 4 个目标词元后，各位置输出的最大变化：", [f"{v:.1e}" for v in diff.tolist()])
    # 交叉注意力：改掉编码器的任一位置，解码器所有位置都会变
    m2 = memory.clone()
    m2[:, -1] += 1.0
    diff = (decoder_block(y, m2, layer) - ours).abs().amax(dim=(0, 2))
    print("改动编码器最后一个位置后，各位置输出的最大变化：", [f"{v:.1e}" for v in diff.tolist()])

d = d_model
counted = sum(p.numel() for p in layer.parameters())
print(f"\n解码器块参数量：数出来 {counted:,}，公式 16d²+19d = {16 * d * d + 19 * d:,}")
