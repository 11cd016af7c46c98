"""序列长度 n 翻倍时，注意力的运算量和注意力矩阵的内存怎样增长"""
import torch
import torch.nn.functional as F
from torch.utils.flop_counter import FlopCounterMode

torch.manual_seed(0)
torch.set_num_threads(1)
d_k = 64


def naive_attention(Q, K, V):
    S = Q @ K.transpose(-2, -1) / d_k ** 0.5                  # (n, n) 的分数矩阵
    return torch.softmax(S, dim=-1) @ V


def count_flops(fn):
    """PyTorch 自带的计数器：数出矩阵乘法的浮点运算次数（每次乘加算 2 次）。计时每次都不同，计数不会。"""
    with FlopCounterMode(display=False) as counter:
        fn()
    return counter.get_total_flops()


print(f"{'n':>5} {'运算量(百万次)':>12} {'与上一行之比':>8} {'分数矩阵(MB)':>11} {'内存之比':>6}")
prev_f = prev_m = None
flops = {}
for n in [512, 1024, 2048, 4096]:
    Q, K, V = (torch.randn(n, d_k) for _ in range(3))
    out = naive_attention(Q, K, V)
    ref = F.scaled_dot_product_attention(Q[None], K[None], V[None])[0]
    assert (out - ref).abs().max() < 1e-4                     # 先确认算得对
    f = count_flops(lambda: naive_attention(Q, K, V))
    mem = n * n * 4 / 2 ** 20                                  # float32 每个数 4 字节
    ratio_f = f"{f / prev_f:.0f}" if prev_f else "-"
    ratio_m = f"{mem / prev_m:.0f}" if prev_m else "-"
    print(f"{n:5d} {f / 1e6:14.1f} {ratio_f:>12} {mem:13.2f} {ratio_m:>8}")
    prev_f, prev_m = f, mem
    flops[n] = f
print(f"n 从 512 到 4096 变成 8 倍：运算量变成 {flops[4096] / flops[512]:.0f} 倍，"
      f"正好是 2·n²·d_k 的 n² 带来的 64 倍")

# 每层计算量（只数乘加次数的主项）：自注意力 ≈ n²·d，RNN ≈ n·d²
d = 512
print(f"\nd = {d} 时每层乘加次数的主项（百万）：")
for n in [128, 512, 2048, 8192]:
    print(f"  n = {n:5d}：自注意力 n²·d = {n * n * d / 1e6:9.1f}，RNN n·d² = {n * d * d / 1e6:8.1f}")
