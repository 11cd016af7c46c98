"""按公式手写 LSTM 单元与 GRU 单元，并与 torch.nn.LSTMCell / GRUCell 核对

把 PyTorch 模块里的权重原样复制出来，用今天的公式一步步算，比较最大绝对误差；
再看门控的取值和参数量。
"""
import torch
import torch.nn as nn

torch.manual_seed(0)
d_in, d_h, batch = 4, 3, 2
x = torch.randn(batch, d_in)
h_prev, c_prev = torch.randn(batch, d_h), torch.randn(batch, d_h)

# ---------- LSTM ----------
cell = nn.LSTMCell(d_in, d_h)
# PyTorch 把四组权重上下拼在一起，顺序是 输入门 i、遗忘门 f、候选 g、输出门 o，形状 (4·d_h, d_in)
W_i, W_f, W_g, W_o = cell.weight_ih.detach().chunk(4)
U_i, U_f, U_g, U_o = cell.weight_hh.detach().chunk(4)
b = (cell.bias_ih + cell.bias_hh).detach()  # 两个偏置总是相加出现，等价于一个偏置
b_i, b_f, b_g, b_o = b.chunk(4)

f = torch.sigmoid(x @ W_f.T + h_prev @ U_f.T + b_f)        # 遗忘门
i = torch.sigmoid(x @ W_i.T + h_prev @ U_i.T + b_i)        # 输入门
o = torch.sigmoid(x @ W_o.T + h_prev @ U_o.T + b_o)        # 输出门
c_tilde = torch.tanh(x @ W_g.T + h_prev @ U_g.T + b_g)     # 候选记忆
c = f * c_prev + i * c_tilde                               # 记忆元
h = o * torch.tanh(c)                                      # 隐状态

h_ref, c_ref = cell(x, (h_prev, c_prev))
print("LSTM：手写 h 与 nn.LSTMCell 的最大绝对误差", f"{(h - h_ref).abs().max().item():.1e}",
      "；c 的最大绝对误差", f"{(c - c_ref).abs().max().item():.1e}")
print("第 1 个样本的门控取值（都在 0 到 1 之间）：")
print("  遗忘门 f =", [round(v, 4) for v in f[0].tolist()])
print("  输入门 i =", [round(v, 4) for v in i[0].tolist()])
print("  输出门 o =", [round(v, 4) for v in o[0].tolist()])
print("  候选 c̃ =", [round(v, 4) for v in c_tilde[0].tolist()], "（在 −1 到 1 之间）")
print("  c_prev =", [round(v, 4) for v in c_prev[0].tolist()], "→ c =", [round(v, 4) for v in c[0].tolist()])

# ---------- GRU ----------
gru = nn.GRUCell(d_in, d_h)
W_r, W_z, W_n = gru.weight_ih.detach().chunk(3)   # 顺序：重置门 r、更新门 z、候选 n
U_r, U_z, U_n = gru.weight_hh.detach().chunk(3)
bi_r, bi_z, bi_n = gru.bias_ih.detach().chunk(3)
bh_r, bh_z, bh_n = gru.bias_hh.detach().chunk(3)
r = torch.sigmoid(x @ W_r.T + bi_r + h_prev @ U_r.T + bh_r)
z = torch.sigmoid(x @ W_z.T + bi_z + h_prev @ U_z.T + bh_z)
n = torch.tanh(x @ W_n.T + bi_n + r * (h_prev @ U_n.T + bh_n))
h_gru = (1 - z) * n + z * h_prev
print("GRU：手写 h 与 nn.GRUCell 的最大绝对误差", f"{(h_gru - gru(x, h_prev)).abs().max().item():.1e}")


def count(m):
    return sum(p.numel() for p in m.parameters())


print("\n参数量（d_in = 4, d_h = 3）：")
print(f"  nn.RNNCell  {count(nn.RNNCell(d_in, d_h)):3d} = 1 组 × (3×4 + 3×3 + 3 + 3)")
print(f"  nn.GRUCell  {count(gru):3d} = 3 组 × 27")
print(f"  nn.LSTMCell {count(cell):3d} = 4 组 × 27")
