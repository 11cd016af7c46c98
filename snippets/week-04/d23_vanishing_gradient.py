"""梯度消失：10 层 sigmoid 网络与 10 层 ReLU 网络，每层权重的梯度有多大

两个网络结构相同（每层 32 个神经元，PyTorch 默认初始化），只换激活函数；
对同一批随机数据做一次前向和反向，打印每层权重梯度的范数。
"""
import torch
import torch.nn as nn

torch.manual_seed(0)
torch.set_num_threads(1)

X = torch.randn(64, 32)
y = torch.randn(64, 1)


def grad_norms(act):
    torch.manual_seed(1)                         # 两个网络用同样的初始权重
    layers = []
    for _ in range(10):
        layers += [nn.Linear(32, 32), act()]
    net = nn.Sequential(*layers, nn.Linear(32, 1))
    loss = ((net(X) - y) ** 2).mean()
    loss.backward()
    return [m.weight.grad.norm().item() for m in net if isinstance(m, nn.Linear)][:10]


sig, relu = grad_norms(nn.Sigmoid), grad_norms(nn.ReLU)
print("层号   sigmoid 网络   ReLU 网络   （每层权重梯度的范数）")
for i in range(10):
    print(f"{i + 1:>3}    {sig[i]:.2e}      {relu[i]:.2e}")
print(f"第 1 层与第 10 层之比：sigmoid {sig[0] / sig[9]:.1e}，ReLU {relu[0] / relu[9]:.1e}")
