"""两层网络的前向传播：一批样本 → 隐藏层 → softmax 概率 → 交叉熵

用 NumPy 从零写，再与 PyTorch 的 nn.Linear / softmax / cross_entropy 对照；
最后验证「交叉熵对 logits 的梯度 = softmax − 独热」。
"""
import numpy as np
import torch
import torch.nn.functional as F

torch.set_num_threads(1)
np.set_printoptions(precision=4, suppress=True)
rng = np.random.default_rng(0)


def softmax(Z):
    Z = Z - Z.max(axis=1, keepdims=True)   # 每行减去最大值，防止 exp 溢出，结果不变
    E = np.exp(Z)
    return E / E.sum(axis=1, keepdims=True)


# ---- 1. 一个样本的小例子 ----
z = np.array([[2.0, 1.0, -1.0]])
p = softmax(z)
print("logits z =", z[0], " softmax(z) =", p[0], " 和 =", p.sum())
print(f"真实类别 0 的交叉熵 −ln p0 = {-np.log(p[0, 0]):.4f}")
print("梯度 p − y =", p[0] - np.array([1, 0, 0]))
print("两类时 softmax([z1, z2])[0] =", softmax(np.array([[1.5, 0.5]]))[0, 0].round(4),
      " σ(z1 − z2) =", round(1 / (1 + np.exp(-1.0)), 4))
with np.errstate(over="ignore", invalid="ignore"):  # 不让 NumPy 打印溢出警告
    naive = np.exp([1000.0, 1001.0]) / np.exp([1000.0, 1001.0]).sum()
print("朴素公式算 softmax([1000, 1001])：", naive)
print("减去最大值后再算：", softmax(np.array([[1000.0, 1001.0]]))[0])

# ---- 2. 一批样本的两层网络：4 个样本，3 个特征 → 5 个隐藏单元 → 3 个类别 ----
X = rng.normal(size=(4, 3))
y = np.array([0, 2, 1, 2])
W1, b1 = rng.normal(size=(5, 3)) * 0.5, np.zeros(5)
W2, b2 = rng.normal(size=(3, 5)) * 0.5, np.zeros(3)
H = np.maximum(0, X @ W1.T + b1)          # (4, 3)·(3, 5) → (4, 5)
Z = H @ W2.T + b2                         # (4, 5)·(5, 3) → (4, 3)，logits
P = softmax(Z)
loss = -np.log(P[np.arange(4), y]).mean()
print("\n形状：X", X.shape, " W1", W1.shape, " H", H.shape, " W2", W2.shape, " Z", Z.shape)
print("每个样本属于各类的概率：\n", P)
print("每行之和：", P.sum(axis=1), " 预测类别：", P.argmax(axis=1), " 真实类别：", y)
print(f"平均交叉熵（NumPy）：{loss:.4f}")

# ---- 3. 与 PyTorch 对照 ----
lin1, lin2 = torch.nn.Linear(3, 5), torch.nn.Linear(5, 3)
with torch.no_grad():                      # 把同样的参数拷进 PyTorch 的层里
    lin1.weight.copy_(torch.tensor(W1)); lin1.bias.copy_(torch.tensor(b1))
    lin2.weight.copy_(torch.tensor(W2)); lin2.bias.copy_(torch.tensor(b2))
Xt = torch.tensor(X, dtype=torch.float32)
Zt = lin2(torch.relu(lin1(Xt)))
Zt.retain_grad()
loss_t = F.cross_entropy(Zt, torch.tensor(y))
loss_t.backward()
print(f"F.cross_entropy：{loss_t.item():.4f}   概率最大绝对差："
      f"{np.abs(F.softmax(Zt, dim=1).detach().numpy() - P).max():.1e}")
Y = np.eye(3)[y]                           # 独热标签
grad = (P - Y) / 4                         # 平均损失，所以除以批大小 4
print(f"(P − Y)/N 与 autograd 的 ∂L/∂Z 最大绝对差：{np.abs(Zt.grad.numpy() - grad).max():.1e}")
