"""随时间反向传播：梯度穿过 50 步之后还剩多少

一个隐状态维度 16 的 RNN 读入 50 步随机输入，只用最后一步的隐状态算损失 L = sum(h_50)。
用 autograd 求 ‖∂L/∂h_t‖，看梯度往回传时怎样变化；再用雅可比矩阵连乘的公式手算同一个量核对。
"""
import torch

torch.manual_seed(0)
d, T = 16, 50
x = torch.randn(T, d) * 0.5
W_xh = torch.randn(d, d) / d ** 0.5
q, _ = torch.linalg.qr(torch.randn(d, d))  # 随机正交矩阵：乘上它，向量长度不变


def run(scale, use_tanh=True):
    W_hh = (scale * q).requires_grad_()    # 循环权重 = scale × 正交矩阵，把向量长度放大 scale 倍
    act = torch.tanh if use_tanh else (lambda z: z)
    h, hs = torch.zeros(d), []
    for t in range(T):
        h = act(W_hh @ h + W_xh @ x[t])
        h.retain_grad()
        hs.append(h)
    hs[-1].sum().backward()
    auto = [h.grad.norm().item() for h in hs]
    # 手算：∂L/∂h_{t−1} = W_hhᵀ · diag(act'(·)) · ∂L/∂h_t；tanh 的导数是 1 − h_t²
    g, manual = torch.ones(d), [0.0] * T
    manual[-1] = g.norm().item()
    for t in range(T - 1, 0, -1):
        deriv = (1 - hs[t].detach() ** 2) if use_tanh else torch.ones(d)
        g = W_hh.detach().T @ (deriv * g)
        manual[t - 1] = g.norm().item()
    rel = max(abs(a - b) / b for a, b in zip(auto, manual))
    return auto, rel


cases = [("tanh, ×0.9", 0.9, True), ("tanh, ×3", 3.0, True), ("线性, ×0.9", 0.9, False), ("线性, ×1.2", 1.2, False)]
results = [run(s, a) for _, s, a in cases]
print("‖∂L/∂h_t‖（t = 49 是最后一步）")
print("   t  | " + " | ".join(f"{name:>10}" for name, _, _ in cases))
for t in [49, 45, 40, 30, 20, 10, 0]:
    print(f"  {t:2d}  | " + " | ".join(f"{r[0][t]:10.2e}" for r in results))
print("手算连乘 vs autograd 的最大相对误差：", ", ".join(f"{r[1]:.1e}" for r in results))
