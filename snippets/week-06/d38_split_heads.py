"""拆头与拼头：用 view 和 transpose 追踪张量形状，再数一数多头注意力的参数量"""
import torch
import torch.nn as nn

torch.manual_seed(0)
B, n, d_model, h = 1, 3, 8, 2
d_k = d_model // h
# 让第 i 个词元的特征是 i*100 + 列号，一眼就能看出每个数来自哪个词元、哪一列
Q = (torch.arange(n)[:, None] * 100 + torch.arange(d_model)).float().expand(B, n, d_model)
print(f"Q: {tuple(Q.shape)} = (batch, n, d_model)\n{Q[0].int().numpy()}")

step1 = Q.view(B, n, h, d_k)
step2 = step1.transpose(1, 2)
print(f"view   → {tuple(step1.shape)} = (batch, n, h, d_k)")
print(f"transpose(1, 2) → {tuple(step2.shape)} = (batch, h, n, d_k)")
print("正确拆分，头 0 拿到每个词元的前 d_k 列：\n", step2[0, 0].int().numpy())
print("正确拆分，头 1 拿到每个词元的后 d_k 列：\n", step2[0, 1].int().numpy())

wrong = Q.reshape(B, h, n, d_k)
print("错误：直接 reshape 成 (batch, h, n, d_k)，头 0 的各行混进了不同词元：\n", wrong[0, 0].int().numpy())

out = step2.contiguous()              # 模拟各头算完的输出 A @ V：按 (batch, h, n, d_k) 连续存放
try:
    out.transpose(1, 2).view(B, n, d_model)
except RuntimeError as e:
    print("transpose 之后直接 view 报错：", str(e)[:62], "...")
back = out.transpose(1, 2).contiguous().view(B, n, d_model)
print(f"transpose 回来 + contiguous + view → {tuple(back.shape)}，与原来相等：{torch.equal(back, Q)}")

print("\n参数量：公式 4·d_model² + 4·d_model 与 nn.MultiheadAttention 的实际参数个数")
for d_model, h in [(8, 2), (512, 1), (512, 8), (512, 16), (768, 12)]:
    formula = 4 * d_model ** 2 + 4 * d_model
    mha = nn.MultiheadAttention(d_model, h, bias=True)
    actual = sum(p.numel() for p in mha.parameters())
    print(f"  d_model={d_model:>3}, h={h:>2}：公式 {formula:>9,}，实际 {actual:>9,}，d_k = {d_model // h}")
