"""第 4 周自测题核对：激活函数导数、softmax 交叉熵、手算反向传播、参数量与卷积输出尺寸

每一项先按公式手算，再交给 PyTorch（autograd、nn 模块）核对。
"""
import math

import torch
import torch.nn as nn
import torch.nn.functional as F

# 第 1 题：XOR 的一组手工权重
relu = lambda v: max(v, 0.0)
for x1, x2 in [(0, 0), (0, 1), (1, 0), (1, 1)]:
    h1, h2 = relu(x1 + x2), relu(x1 + x2 - 1)
    print(f"第 1 题 XOR({x1}, {x2}) = h1 − 2·h2 = {h1 - 2 * h2:.0f}")

# 第 2 题：激活函数在 0 和 5 处的导数（手算公式 vs autograd）
z = torch.tensor([0.0, 5.0], requires_grad=True)
for name, fn, formula in [("sigmoid", torch.sigmoid, lambda v: torch.sigmoid(v) * (1 - torch.sigmoid(v))),
                          ("tanh", torch.tanh, lambda v: 1 - torch.tanh(v) ** 2),
                          ("ReLU", torch.relu, lambda v: (v > 0).float())]:
    (g,) = torch.autograd.grad(fn(z).sum(), z)
    print(f"第 2 题 {name:<7} 导数 z=0: {formula(z)[0].item():.4f}  z=5: {formula(z)[1].item():.6f}"
          f"  | autograd: {g[0].item():.4f}, {g[1].item():.6f}")

# 第 3 题：softmax 与交叉熵，梯度 = p − y
logits = torch.tensor([2.0, 1.0, 0.0], requires_grad=True)
p = torch.softmax(logits, 0)
loss = F.cross_entropy(logits[None], torch.tensor([0]))
loss.backward()
print("第 3 题 softmax =", [round(v, 4) for v in p.tolist()], f" 损失 = {loss.item():.4f}  (−ln 0.6652 = {-math.log(0.6652):.4f})")
print("        梯度 autograd =", [round(v, 4) for v in logits.grad.tolist()], " p − y =",
      [round(v, 4) for v in (p - torch.tensor([1.0, 0, 0])).tolist()])

# 第 4 题：2-2-1 网络手算反向传播 vs autograd
x = torch.tensor([1.0, 2.0])
W1 = torch.tensor([[1.0, -1.0], [0.5, 0.5]], requires_grad=True)
b1 = torch.zeros(2, requires_grad=True)
w2 = torch.tensor([1.0, 2.0], requires_grad=True)
b2 = torch.zeros((), requires_grad=True)
h = torch.relu(W1 @ x + b1)
y_hat = w2 @ h + b2
L = 0.5 * (y_hat - 2.0) ** 2
L.backward()
print(f"第 4 题 z1 = {(W1 @ x).tolist()}, h = {h.tolist()}, ŷ = {y_hat.item():.1f}, L = {L.item():.1f}")
print(f"        ∂L/∂w2 = {w2.grad.tolist()}, ∂L/∂b2 = {b2.grad.item():.1f}, ∂L/∂W1 = {W1.grad.tolist()}, ∂L/∂b1 = {b1.grad.tolist()}")

# 第 5 题：MLP 64-128-64-10 的参数量
mlp = nn.Sequential(nn.Linear(64, 128), nn.ReLU(), nn.Linear(128, 64), nn.ReLU(), nn.Linear(64, 10))
print("第 5 题 各层参数", [sum(p.numel() for p in m.parameters()) for m in mlp if isinstance(m, nn.Linear)],
      " 合计", sum(p.numel() for p in mlp.parameters()))

# 第 7 题：卷积输出尺寸与参数量
net = nn.Sequential(nn.Conv2d(1, 6, 5), nn.MaxPool2d(2), nn.Conv2d(6, 16, 3, padding=1, stride=2))
shape = torch.zeros(1, 1, 28, 28)
for layer in net:
    shape = layer(shape)
    n = sum(p.numel() for p in layer.parameters())
    print(f"第 7 题 {layer.__class__.__name__:<9} 输出 {tuple(shape.shape[1:])}  参数 {n}")
