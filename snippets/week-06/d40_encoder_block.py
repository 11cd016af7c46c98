"""用 NumPy 从零写一个 Transformer 编码器块，加载 nn.TransformerEncoderLayer 的权重对拍"""
import numpy as np
import torch
from torch import nn

torch.manual_seed(0)
batch, n, d_model, h = 2, 5, 16, 4
d_k, d_ff = d_model // h, 4 * d_model


def layer_norm(x, g, b, eps=1e-5):
    mu = x.mean(-1, keepdims=True)
    return g * (x - mu) / np.sqrt(((x - mu) ** 2).mean(-1, keepdims=True) + eps) + b


def softmax(s):
    e = np.exp(s - s.max(-1, keepdims=True))
    return e / e.sum(-1, keepdims=True)


def mha(x, P, show=False):
    """多头自注意力。P 里是从 PyTorch 层取出的 NumPy 权重"""
    W_q, W_k, W_v = np.split(P["in_w"], 3)                   # 各 (d_model, d_model)
    b_q, b_k, b_v = np.split(P["in_b"], 3)

    def heads(t):                                            # (batch, n, d_model) → (batch, h, n, d_k)
        return t.reshape(batch, n, h, d_k).transpose(0, 2, 1, 3)

    Q, K, V = heads(x @ W_q.T + b_q), heads(x @ W_k.T + b_k), heads(x @ W_v.T + b_v)
    A = softmax(Q @ K.transpose(0, 1, 3, 2) / np.sqrt(d_k))  # (batch, h, n, n)
    O = (A @ V).transpose(0, 2, 1, 3).reshape(batch, n, d_model)
    if show:
        print(f"  Q/K/V 拆头后 {Q.shape}，注意力权重 {A.shape}，拼回 {O.shape}")
    return O @ P["out_w"].T + P["out_b"]


def ffn(x, P, show=False):
    hid = np.maximum(0, x @ P["w1"].T + P["b1"])             # (batch, n, d_ff)
    if show:
        print(f"  前馈网络隐藏层 {hid.shape}")
    return hid @ P["w2"].T + P["b2"]


def encoder_block(x, P, pre_ln, show=False):
    if pre_ln:   # Pre-LN：先归一化再进子层，残差直通
        x = x + mha(layer_norm(x, P["g1"], P["be1"]), P, show)
        return x + ffn(layer_norm(x, P["g2"], P["be2"]), P, show)
    # Post-LN（原论文）：子层输出加残差之后再归一化
    x = layer_norm(x + mha(x, P, show), P["g1"], P["be1"])
    return layer_norm(x + ffn(x, P, show), P["g2"], P["be2"])


def numpy_params(layer):
    t = {"in_w": layer.self_attn.in_proj_weight, "in_b": layer.self_attn.in_proj_bias,
         "out_w": layer.self_attn.out_proj.weight, "out_b": layer.self_attn.out_proj.bias,
         "w1": layer.linear1.weight, "b1": layer.linear1.bias, "w2": layer.linear2.weight, "b2": layer.linear2.bias,
         "g1": layer.norm1.weight, "be1": layer.norm1.bias, "g2": layer.norm2.weight, "be2": layer.norm2.bias}
    return {k: v.detach().double().numpy() for k, v in t.items()}


x = torch.randn(batch, n, d_model)
for pre_ln in [False, True]:
    layer = nn.TransformerEncoderLayer(d_model, h, dim_feedforward=d_ff, dropout=0.1,
                                       batch_first=True, norm_first=pre_ln).eval()   # eval：关掉 dropout
    with torch.no_grad():
        for p in layer.parameters():                          # 随机化全部参数（含 γ、β），对拍更严格
            p.normal_(0, 0.3)
        ref = layer(x).numpy()
    name = "Pre-LN " if pre_ln else "Post-LN"
    if not pre_ln:
        print(f"输入 {tuple(x.shape)}")
    ours = encoder_block(x.double().numpy(), numpy_params(layer), pre_ln, show=not pre_ln)
    print(f"{name}：输出 {ours.shape}，与 nn.TransformerEncoderLayer 的最大差 = {np.abs(ours - ref).max():.2e}")

# 参数量：注意力 4d² + 4d，前馈 2·d·d_ff + d_ff + d，两个 LayerNorm 4d
print("\n一个编码器块的参数量（d_ff = 4·d_model）：")
for d in [16, 512, 768]:
    layer = nn.TransformerEncoderLayer(d, 8 if d > 16 else 4, dim_feedforward=4 * d)
    counted = sum(p.numel() for p in layer.parameters())
    print(f"  d_model = {d:3d}：数出来 {counted:>9,}，公式 12d²+13d = {12 * d * d + 13 * d:>9,}，"
          f"12d² = {12 * d * d:>9,}（占 {12 * d * d / counted:.2%}）")
