"""四种激活函数与它们的导数：公式值、autograd 核对和函数图

sigmoid σ(z) = 1/(1+e^(−z))，tanh，ReLU = max(0, z)，GELU(z) = z·Φ(z)（Φ 是标准正态分布的累积分布函数）。
导数用手推公式计算，再与 torch.autograd 的结果对照。
"""
import math

import matplotlib.pyplot as plt
import numpy as np
import torch

torch.set_num_threads(1)
np.set_printoptions(precision=4, suppress=True)

erf = np.vectorize(math.erf)


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def normal_cdf(z):
    return 0.5 * (1 + erf(z / math.sqrt(2)))


def normal_pdf(z):
    return np.exp(-z ** 2 / 2) / math.sqrt(2 * math.pi)


# 每种激活函数：(函数, 手推的导数, PyTorch 里的同名函数)
acts = {
    "sigmoid": (sigmoid, lambda z: sigmoid(z) * (1 - sigmoid(z)), torch.sigmoid),
    "tanh": (np.tanh, lambda z: 1 - np.tanh(z) ** 2, torch.tanh),
    "ReLU": (lambda z: np.maximum(0, z), lambda z: (z > 0).astype(float), torch.relu),
    "GELU": (lambda z: z * normal_cdf(z), lambda z: normal_cdf(z) + z * normal_pdf(z),
             torch.nn.functional.gelu),
}

z = np.array([-5.0, -2.0, -0.5, 0.5, 2.0, 5.0])
print("z          :", z)
for name, (f, df, _) in acts.items():
    print(f"{name:<7} f(z) :", np.round(f(z), 4) + 0.0)  # + 0.0 把 −0.0 变成 0.0
    print(f"{'':<7} f'(z):", np.round(df(z), 4) + 0.0)

# 用 autograd 核对手推导数（在 −6 到 6 之间取 1201 个点，避开 ReLU 不可导的 0 点）
grid = np.linspace(-6, 6, 1201)
grid = grid[np.abs(grid) > 1e-9]
print("\n手推导数与 torch.autograd 的最大绝对差：")
for name, (f, df, tf) in acts.items():
    t = torch.tensor(grid, requires_grad=True)
    tf(t).sum().backward()
    diff = np.abs(t.grad.numpy() - df(grid)).max()
    print(f"  {name:<7} {diff:.1e}")

fig, (ax1, ax2) = plt.subplots(1, 2, figsize=(7, 3.5), layout="constrained")
zz = np.linspace(-4, 4, 401)
for name, (f, df, _) in acts.items():
    ax1.plot(zz, f(zz), label=name)
    ax2.plot(zz, df(zz), label=name)
ax1.set_ylim(-1.5, 3)
ax1.set_title("激活函数 f(z)")
ax2.set_title("导数 f'(z)")
for ax in (ax1, ax2):
    ax.axhline(0, color="gray", lw=0.5)
    ax.axvline(0, color="gray", lw=0.5)
    ax.set_xlabel("z")
    ax.legend(fontsize=8)
plt.show()
