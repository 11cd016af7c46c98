"""PyTorch 张量入门：创建、shape 与 dtype、与 NumPy 互转、autograd，以及 nn.Linear 的参数

最后用 nn.Module 定义一个 64-64-10 的多层感知机，核对手算的参数量。
"""
import numpy as np
import torch
import torch.nn as nn

torch.manual_seed(0)
torch.set_num_threads(1)

# ---- 1. 创建张量，看 shape 与 dtype ----
a = torch.tensor([[1, 2, 3], [4, 5, 6]])            # 从 Python 列表创建：整数 → int64
b = torch.tensor([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]])  # 小数 → float32（深度学习的默认精度）
z = torch.zeros(2, 3)
r = torch.randn(2, 3)                                # 标准正态随机数
print("a:", a.shape, a.dtype, "| b:", b.shape, b.dtype, "| zeros:", z.dtype, "| randn:", r.dtype)
print("a.float() 的 dtype:", a.float().dtype, " 设备:", b.device)
print("b @ b.T =", (b @ b.T).tolist(), " 形状", tuple((b @ b.T).shape))
print("b.sum(dim=1) =", b.sum(dim=1).tolist(), " ← dim 与 NumPy 的 axis 同义")

# ---- 2. 与 NumPy 来回转换 ----
arr = np.arange(4, dtype=np.float64)
shared = torch.from_numpy(arr)      # 共用同一块内存
copied = torch.tensor(arr)          # 复制一份
arr[0] = 100.0
print(f"\n改了 NumPy 数组后：from_numpy 得到 {shared[0].item():.0f}，torch.tensor 得到 {copied[0].item():.0f}")
print("from_numpy 保留 dtype:", shared.dtype, " → 转成 float32:", shared.float().dtype)
back = b.numpy()
print("张量 → NumPy:", type(back).__name__, back.dtype, back.shape)

# ---- 3. autograd 回顾 ----
w = torch.tensor([1.0, -2.0], requires_grad=True)
x = torch.tensor([3.0, 0.5])
loss = (w @ x - 1.0) ** 2            # (wᵀx − 1)²
loss.backward()
print(f"\nloss = {loss.item():.2f}，∂loss/∂w = {w.grad.tolist()}（手算 2(wᵀx − 1)·x = 2×1×(3, 0.5)）")
print("loss 带着 grad_fn:", type(loss.grad_fn).__name__, "| 在 no_grad 里算的结果:",
      end=" ")
with torch.no_grad():
    print("requires_grad =", (w @ x).requires_grad)

# ---- 4. nn.Linear 与 nn.Module ----
layer = nn.Linear(64, 10)
print("\nnn.Linear(64, 10)：weight", tuple(layer.weight.shape), " bias", tuple(layer.bias.shape))


class MLP(nn.Module):
    def __init__(self, d_in=64, d_hidden=64, n_classes=10):
        super().__init__()                        # 必须先调用父类的初始化
        self.fc1 = nn.Linear(d_in, d_hidden)      # 赋值给属性，参数就被自动登记
        self.fc2 = nn.Linear(d_hidden, n_classes)

    def forward(self, x):                         # 只写前向；反向交给 autograd
        return self.fc2(torch.relu(self.fc1(x)))  # 输出 logits，不做 softmax


model = MLP()
for name, p in model.named_parameters():
    print(f"  {name:<10} {str(tuple(p.shape)):<9} {p.numel():5d} 个")
total = sum(p.numel() for p in model.parameters())
print(f"参数总数 {total}，手算 64×64 + 64 + 64×10 + 10 = {64 * 64 + 64 + 64 * 10 + 10}")
out = model(torch.randn(5, 64))                   # 一批 5 个样本
print("一批 5 个样本的输出形状:", tuple(out.shape))
