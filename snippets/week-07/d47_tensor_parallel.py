"""张量并行（Megatron 式）：前馈网络第一层按列切、第二层按行切，在一个进程里模拟 2 张卡"""
import torch
import torch.nn.functional as F

torch.manual_seed(0)
b, n, d_model, d_ff, T = 2, 5, 8, 32, 2        # 批大小、序列长度、模型维度、前馈维度、张量并行度
X = torch.randn(b, n, d_model)
A = torch.randn(d_model, d_ff) / d_model ** 0.5  # 第一层权重
B = torch.randn(d_ff, d_model) / d_ff ** 0.5     # 第二层权重
Y_full = F.gelu(X @ A) @ B                       # 不切分的前馈网络 GeLU(XA)B

# 卡 t 只存 A 的第 t 组列、B 的第 t 组行：各占 d_model·d_ff/T 个参数
A_parts, B_parts = A.chunk(T, dim=1), B.chunk(T, dim=0)
partial = []
for t in range(T):
    Z_t = F.gelu(X @ A_parts[t])      # 按列切：每张卡得到隐藏层的一部分列，GeLU 逐元素作用，无需通信
    partial.append(Z_t @ B_parts[t])  # 按行切：每张卡得到一个形状完整、但只是「部分和」的输出
    print(f"卡 {t}: A 分片 {tuple(A_parts[t].shape)}，B 分片 {tuple(B_parts[t].shape)}，"
          f"隐藏层 {tuple(Z_t.shape)}，部分输出 {tuple(partial[t].shape)}")
Y_tp = sum(partial)                   # ← 这里就是一次 all-reduce（求和）
print(f"各卡部分输出相加 vs 不切分：最大绝对差 {(Y_tp - Y_full).abs().max():.2e}")
print(f"对照 torch.nn.functional.linear：差 {(Y_tp - F.linear(F.gelu(F.linear(X, A.T)), B.T)).abs().max():.2e}")
print(f"单张卡上任一部分输出与完整结果的差 {(partial[0] - Y_full).abs().max():.3f}（不求和就是错的）")

# 反过来：第一层若按行切（把输入 X 的列也切开），GeLU 前就必须先求和
X_parts, A_rows = X.chunk(T, dim=-1), A.chunk(T, dim=0)
wrong = sum(F.gelu(X_parts[t] @ A_rows[t]) for t in range(T))   # 先各自 GeLU 再求和
right = F.gelu(sum(X_parts[t] @ A_rows[t] for t in range(T)))   # 先求和（多一次通信）再 GeLU
print(f"\n第一层按行切：先 GeLU 后求和的误差 {(wrong - F.gelu(X @ A)).abs().max():.3f}，"
      f"先求和再 GeLU 的误差 {(right - F.gelu(X @ A)).abs().max():.2e}")
print(f"一次 all-reduce 传的张量形状 {(b, n, d_model)}，即 b·n·d_model = {b * n * d_model} 个数")
