"""用 PyTorch autograd 核对手写的反向传播

第一部分：与 d23_backprop_numpy.py 相同的 2-2-1 网络和数值，比较 NumPy 手写梯度与 autograd。
第二部分：一批 6 个样本、ReLU 隐藏层、均方误差损失，矢量化的 NumPy 反向传播与 autograd 对照。
第三部分：不清零时 backward() 会把梯度累加起来。
"""
import numpy as np
import torch

torch.set_num_threads(1)
np.set_printoptions(precision=4, suppress=True)


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


# ---- 1. 单个样本，sigmoid 隐藏层 + sigmoid 输出 + 二元交叉熵 ----
x, y = np.array([1.0, 0.5]), 1.0
W1, b1 = np.array([[0.2, -0.4], [0.3, 0.1]]), np.array([0.1, -0.1])
w2, b2 = np.array([0.5, -0.6]), 0.2
h = sigmoid(W1 @ x + b1)
p = sigmoid(w2 @ h + b2)
dz1 = (p - y) * w2 * h * (1 - h)
mine = {"W1": np.outer(dz1, x), "b1": dz1, "w2": (p - y) * h, "b2": np.array(p - y)}

T = {k: torch.tensor(v, dtype=torch.float64, requires_grad=True)
     for k, v in {"W1": W1, "b1": b1, "w2": w2, "b2": b2}.items()}
xt = torch.tensor(x, dtype=torch.float64)
pt = torch.sigmoid(T["w2"] @ torch.sigmoid(T["W1"] @ xt + T["b1"]) + T["b2"])
loss = -(y * torch.log(pt) + (1 - y) * torch.log(1 - pt))
loss.backward()                          # 沿计算图反向，把梯度存进每个叶子张量的 .grad
print(f"autograd 的损失 {loss.item():.4f}")
for k in mine:
    print(f"∂L/∂{k:<2} 手写 {np.round(mine[k], 4).ravel()}  autograd {T[k].grad.numpy().round(4).ravel()}")
diff1 = max(np.abs(mine[k] - T[k].grad.numpy()).max() for k in mine)
print(f"单样本：全部参数的最大绝对差 {diff1:.1e}")

# ---- 2. 一批样本：2-3-1，ReLU，均方误差 ----
rng = np.random.default_rng(0)
X, Y = rng.normal(size=(6, 2)), rng.normal(size=6)
A1, c1, a2, c2 = rng.normal(size=(3, 2)), rng.normal(size=3), rng.normal(size=3), 0.1
Z1 = X @ A1.T + c1                      # (6, 3)
H = np.maximum(0, Z1)
Yhat = H @ a2 + c2                      # (6,)
dY = 2 * (Yhat - Y) / len(Y)            # L = mean((ŷ − y)²)
dH = np.outer(dY, a2)                   # (6, 3)
dZ1 = dH * (Z1 > 0)                     # ReLU 的导数：正的地方是 1，其余是 0
batch = {"A1": dZ1.T @ X, "c1": dZ1.sum(0), "a2": H.T @ dY, "c2": np.array(dY.sum())}

S = {k: torch.tensor(v, dtype=torch.float64, requires_grad=True)
     for k, v in {"A1": A1, "c1": c1, "a2": a2, "c2": c2}.items()}
Xt, Yt = torch.tensor(X), torch.tensor(Y)
mse = ((torch.relu(Xt @ S["A1"].T + S["c1"]) @ S["a2"] + S["c2"] - Yt) ** 2).mean()
mse.backward()
diff2 = max(np.abs(batch[k] - S[k].grad.numpy()).max() for k in batch)
print(f"\n一批 6 个样本：MSE = {mse.item():.4f}，ReLU 关掉的隐藏单元比例 {(Z1 <= 0).mean():.2f}")
print("∂L/∂A1 手写：\n", batch["A1"])
print(f"批量版：全部参数与 autograd 的最大绝对差 {diff2:.1e}")

# ---- 3. backward() 是累加，不是覆盖 ----
w = torch.tensor(3.0, requires_grad=True)
(w ** 2).backward()
first = w.grad.item()
(w ** 2).backward()
print(f"\nd(w²)/dw 在 w = 3 处是 6：第一次 backward 后 grad = {first:.1f}，再调一次 = {w.grad.item():.1f}")
w.grad.zero_()
print(f"调用 w.grad.zero_() 清零后 grad = {w.grad.item():.1f}")
