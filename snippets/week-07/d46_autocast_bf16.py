"""CPU 上的 torch.autocast（bfloat16）：各层输出的 dtype、误差和字节数"""
import torch
import torch.nn as nn

torch.manual_seed(0)
d_model, n, batch = 256, 64, 8
block = nn.Sequential(nn.Linear(d_model, 4 * d_model), nn.GELU(), nn.Linear(4 * d_model, d_model),
                      nn.LayerNorm(d_model))
x = torch.randn(batch, n, d_model)

seen = {}
for name, mod in block.named_children():  # 用前向钩子记下每一层输出的 dtype
    mod.register_forward_hook(lambda m, i, o, name=name: seen.__setitem__(f"{name}:{type(m).__name__}", o.dtype))

y32 = block(x)
with torch.autocast(device_type="cpu", dtype=torch.bfloat16):
    y16 = block(x)
    scores = torch.softmax(x @ x.transpose(1, 2) / d_model ** 0.5, dim=-1)
    loss = nn.functional.cross_entropy(y16.reshape(-1, d_model), torch.zeros(batch * n, dtype=torch.long))

print("autocast 里各层输出的 dtype：")
for k, v in seen.items():
    print(f"  {k:<14}{v}")
print(f"  矩阵乘 x@xᵀ 后的 softmax: {scores.dtype}   交叉熵损失: {loss.dtype}")
print(f"参数仍是 {block[0].weight.dtype}：autocast 只在运算时临时转换，不改模型本身")

err = (y16.float() - y32).abs()
print(f"\nbf16 与 fp32 输出的最大绝对误差 {err.max():.4f}，平均 {err.mean():.5f}"
      f"（输出的标准差约 {y32.std():.3f}）")
h32 = block[0](x)
with torch.autocast(device_type="cpu", dtype=torch.bfloat16):
    h16 = block[0](x)
for name, t in [("fp32", h32), ("bf16", h16)]:
    print(f"第一层输出 {tuple(t.shape)} 用 {name}: 每个元素 {t.element_size()} 字节，"
          f"共 {t.numel() * t.element_size() / 2**20:.2f} MiB")
y16.float().sum().backward()
print(f"反向传播后权重梯度的 dtype: {block[0].weight.grad.dtype}（与参数一致）")
