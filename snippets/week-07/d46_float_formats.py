"""FP32、FP16、BF16：位数、范围、精度，以及下溢、上溢和损失缩放"""
import torch

print("格式       总位 指数位 尾数位        最大值     最小正规数      机器ε")
for name, dt, e_bits, m_bits in [("float32", torch.float32, 8, 23), ("float16", torch.float16, 5, 10),
                                 ("bfloat16", torch.bfloat16, 8, 7)]:
    fi = torch.finfo(dt)
    print(f"{name:<10}{fi.bits:>4}{e_bits:>6}{m_bits:>7}{fi.max:>14.4g}{fi.tiny:>14.4g}{fi.eps:>11.4g}")

print(f"FP16 还有次正规数，最小可表示的正数是 2^-24 = {2.0 ** -24:.4g}")
print("\n① 下溢：一个很小的梯度存成各种格式")
g = torch.tensor([1e-3, 1e-6, 1e-8], dtype=torch.float32)
for dt in (torch.float16, torch.bfloat16):
    print(f"  {str(dt):<15}", [f"{v:.4g}" for v in g.to(dt).float().tolist()])

print("② 上溢：70000 超过 FP16 的最大值 65504")
x = torch.tensor([70000.0])
print(f"  float16: {x.half().item()}   bfloat16: {x.bfloat16().item():.0f}")
print(f"  FP16 里 300 的平方: {(torch.tensor([300.0]).half() ** 2).item()}")

print("③ 损失缩放：先乘 S 再存成 FP16，用 FP32 除回 S")
for S in (1.0, 1024.0, 65536.0):
    stored = (g * S).half()                 # 反向传播时梯度都带着 S 倍
    back = stored.float() / S               # 在 FP32 里除回去
    print(f"  S={S:>7.0f}: 还原的梯度", [f"{v:.4g}" for v in back.tolist()])
print(f"  S=65536 时大梯度 2.0 会变成 {(torch.tensor([2.0]) * 65536).half().item()}，"
      "所以要动态调 S：出现 inf 就跳过这一步并把 S 减半")

print("④ 为什么要 FP32 主权重：把 1e-4 的更新加到权重 1.0 上")
for dt in (torch.float32, torch.float16, torch.bfloat16):
    w = torch.tensor([1.0], dtype=dt)
    for _ in range(100):
        w = w + torch.tensor([1e-4], dtype=dt)
    print(f"  {str(dt):<15}加 100 次后 = {w.float().item():.6f}（应为 1.010000）")
