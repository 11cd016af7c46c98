"""显存账：数一数 GPT-2 small 的参数，再算混合精度 Adam 每个参数 16 字节的模型状态

先用 transformers 的 GPT2Config() 默认配置建出 GPT-2 small，数参数并与解析公式核对；
再在一个小模型上真的建出「FP16 权重 + FP16 梯度 + FP32 主权重 + Adam 两个矩」，
按张量的实际字节数求和，验证每个参数 16 字节。
"""
import torch
from transformers import GPT2Config, GPT2LMHeadModel

torch.manual_seed(0)

# ---- 1. GPT-2 small：建模型数参数，与解析公式对照 ----
cfg = GPT2Config()  # 默认就是 GPT-2 small：12 层、d_model=768、12 头、词表 50257、最长 1024
with torch.device("meta"):  # 只建形状、不分配内存：数参数用不着真的权重
    model = GPT2LMHeadModel(cfg)
n_built = sum(p.numel() for p in model.parameters())  # 输出层与词嵌入共享权重，只算一次
V, d, L, P = cfg.vocab_size, cfg.n_embd, cfg.n_layer, cfg.n_positions
per_layer = 12 * d * d + 13 * d  # 注意力 4d²+4d，前馈 8d²+5d，两个层归一化 4d
n_formula = V * d + P * d + L * per_layer + 2 * d
print(f"GPT2Config 默认：L={L}, d_model={d}, 词表 V={V}, 最长 {P}")
print(f"  建出来数的参数: {n_built:,}")
print(f"  解析公式的参数: {n_formula:,}   相差 {n_built - n_formula}")
print(f"  其中词嵌入 V·d = {V * d:,}（占 {V * d / n_built:.1%}），每层 12d²+13d = {per_layer:,}")
del model

# ---- 2. 每参数 16 字节：在小模型上真的把五份东西建出来，按字节求和 ----
small = GPT2LMHeadModel(GPT2Config(vocab_size=500, n_positions=64, n_embd=64, n_layer=2, n_head=4,
                                     bos_token_id=0, eos_token_id=0))
n = sum(p.numel() for p in small.parameters())
master = [p.detach().clone().float().requires_grad_(True) for p in small.parameters()]  # FP32 主权重
half_w = [p.detach().half() for p in master]                                             # FP16 权重（前向/反向用）
half_g = [torch.randn_like(w) for w in half_w]                                            # FP16 梯度
for m, g in zip(master, half_g):
    m.grad = g.float()                     # 转成 FP32 交给优化器
opt = torch.optim.Adam(master, lr=1e-3)
opt.step()                                 # 第一步时 Adam 才创建 exp_avg、exp_avg_sq 两个状态


def nbytes(tensors):
    return sum(t.numel() * t.element_size() for t in tensors)


states = [v for s in opt.state.values() for k, v in s.items() if k in ("exp_avg", "exp_avg_sq")]
parts = {"FP16 权重": nbytes(half_w), "FP16 梯度": nbytes(half_g), "FP32 主权重": nbytes(master),
         "Adam 一阶矩 m + 二阶矩 v（FP32）": nbytes(states)}
print(f"\n小模型共 {n:,} 个参数，实际张量的字节数：")
for k, v in parts.items():
    print(f"  {v:>10,} 字节 = {v / n:.0f} 字节/参数  ← {k}")
print(f"  合计 {sum(parts.values()) / n:.0f} 字节/参数")

# ---- 3. 换成真实规模 ----
print("\n模型状态显存（16 字节/参数，不含激活；1 GB 按 10^9 字节）：")
for name, psi in [("GPT-2 small", n_built), ("GPT-2 XL 1.5B", 1.5e9), ("7B 模型", 7e9), ("70B 模型", 70e9)]:
    print(f"  {psi / 1e9:>7.3f}B 参数 → {16 * psi / 1e9:>7.1f} GB  ← {name}")
