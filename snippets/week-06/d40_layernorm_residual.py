"""层归一化从零实现并与 nn.LayerNorm 核对；残差连接让深层网络的梯度传得下去"""
import numpy as np
import torch
from torch import nn

np.set_printoptions(precision=4, suppress=True)
torch.manual_seed(0)


def layer_norm(x, gamma, beta, eps=1e-5):
    """对最后一维（一个词元的 d_model 个特征）求均值和方差"""
    mu = x.mean(axis=-1, keepdims=True)
    var = ((x - mu) ** 2).mean(axis=-1, keepdims=True)       # 除以 d，不是 d - 1
    return gamma * (x - mu) / np.sqrt(var + eps) + beta


# 1) 手算例子：一个词元 x = (1, 2, 3, 6)
x = np.array([1.0, 2.0, 3.0, 6.0])
mu, var = x.mean(), ((x - x.mean()) ** 2).mean()
print(f"x = {x}，均值 = {mu:.4f}，方差 = {var:.4f}，标准差 = {np.sqrt(var + 1e-5):.4f}")
print("归一化后 =", layer_norm(x, 1.0, 0.0))

# 2) 与 torch.nn.LayerNorm 核对：batch = 2，n = 5，d_model = 8，γ、β 取随机值
X = torch.randn(2, 5, 8) * 3 + 1
ln = nn.LayerNorm(8)
with torch.no_grad():
    ln.weight.normal_()
    ln.bias.normal_()
ours = layer_norm(X.numpy(), ln.weight.detach().numpy(), ln.bias.detach().numpy())
print(f"与 nn.LayerNorm 的最大差 = {np.abs(ours - ln(X).detach().numpy()).max():.2e}")
Y = layer_norm(X.numpy(), 1.0, 0.0)
print(f"γ=1, β=0 时每个词元：均值最大偏离 {np.abs(Y.mean(-1)).max():.1e}，方差范围 "
      f"[{Y.var(-1).min():.4f}, {Y.var(-1).max():.4f}]")
print("LayerNorm 的参数个数 =", sum(p.numel() for p in ln.parameters()), "（γ 和 β 各 d_model 个）")


# 3) 残差连接：比较「纯堆叠」和「加上输入」的深层网络，第一层权重的梯度有多大
class Deep(nn.Module):
    def __init__(self, depth, width, residual):
        super().__init__()
        self.layers = nn.ModuleList(nn.Linear(width, width) for _ in range(depth))
        self.residual = residual

    def forward(self, x):
        for layer in self.layers:
            x = x + torch.tanh(layer(x)) if self.residual else torch.tanh(layer(x))
        return x


print("\n第一层权重的梯度范数（宽度 64，输入 32 个样本）：")
xin = torch.randn(32, 64)
for depth in [5, 20, 50]:
    norms = []
    for residual in [False, True]:
        torch.manual_seed(1)
        net = Deep(depth, 64, residual)
        net(xin).pow(2).mean().backward()
        norms.append(net.layers[0].weight.grad.norm().item())
    print(f"  深度 {depth:2d}：纯堆叠 {norms[0]:.2e}，带残差 {norms[1]:.2e}")
