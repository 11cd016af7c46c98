"""__call__ 与 dataclass：像 PyTorch 那样“调用”一个模型

先用 dataclass 写一份训练配置；再自己写一个极简的 Module 基类：
调用对象 model(x) 时，__call__ 转去执行子类写的 forward(x)。
最后看真正的 PyTorch 模型也是这样用的。
"""
from dataclasses import asdict, dataclass, replace

import numpy as np


@dataclass
class TrainConfig:
    """训练配置：把超参数集中放在一处。"""
    lr: float = 0.1
    epochs: int = 3
    batch_size: int = 4


cfg = TrainConfig(epochs=5)                     # __init__ 和 __repr__ 由 dataclass 自动生成
print("配置:", cfg)
print("改学习率得到新配置:", replace(cfg, lr=0.01), "| 原配置不变:", cfg.lr)
print("转成字典:", asdict(cfg), "| 相等比较:", cfg == TrainConfig(epochs=5))


class Module:
    """极简的模块基类：对象被调用时，记一次数，再交给 forward 计算。"""

    def __init__(self):
        self.n_calls = 0

    def __call__(self, x):
        self.n_calls += 1                       # PyTorch 在这里还会运行“钩子”等额外逻辑
        return self.forward(x)

    def forward(self, x):
        raise NotImplementedError("子类必须实现 forward")


class Linear(Module):
    def __init__(self, W, b):
        super().__init__()
        self.W, self.b = W, b

    def forward(self, x):
        return x @ self.W + self.b              # 第 4 天的线性层：矩阵乘法加偏置


class ReLU(Module):
    def forward(self, x):
        return np.maximum(x, 0)                 # 负数变 0，正数不变


class Sequential(Module):
    def __init__(self, *layers):                # *layers：任意多个层
        super().__init__()
        self.layers = layers

    def forward(self, x):
        for layer in self.layers:               # 每一层本身也是可调用的对象
            x = layer(x)
        return x


model = Sequential(
    Linear(np.array([[1.0, -1.0], [2.0, 0.5]]), np.array([0.0, -1.0])),
    ReLU(),
    Linear(np.array([[1.0], [1.0]]), np.array([0.5])),
)
x = np.array([1.0, 2.0])
print("\ncallable(model):", callable(model))
print("model(x) =", model(x), "| 再调用一次:", model(x))
print("model.forward(x) =", model.forward(x), "（绕过了 __call__）")
print("model 被调用次数:", model.n_calls, "| 第一层被调用次数:", model.layers[0].n_calls)

# 真正的 PyTorch：nn.Module 定义了 __call__，我们只写 forward
import torch
from torch import nn

torch.manual_seed(0)


class TinyNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc = nn.Linear(2, 1)

    def forward(self, x):
        return torch.relu(self.fc(x))


net = TinyNet()
xt = torch.tensor([[1.0, 2.0]])
print("\nPyTorch: net(xt) 与 net.forward(xt) 相等:", torch.equal(net(xt), net.forward(xt)))
print("TinyNet 自己没写 __call__，用的是 nn.Module 的:", "__call__" not in TinyNet.__dict__)
