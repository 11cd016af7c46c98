"""对照《深度学习》6.1：线性模型学不会 XOR，两个 ReLU 隐藏单元可以

① 用均方误差拟合线性模型（正规方程），与 sklearn 核对；② 代入书中给出的一组网络参数；
③ 从随机初始值用梯度下降训练，隐藏单元 2 个和 8 个，各看 20 个随机种子里有几个学会。
"""
import numpy as np
import torch
from sklearn.linear_model import LinearRegression

np.set_printoptions(precision=4, suppress=True)
X = np.array([[0, 0], [0, 1], [1, 0], [1, 1]], dtype=float)
y = np.array([0, 1, 1, 0], dtype=float)

# ① 线性模型 f(x) = wᵀx + b，最小化均方误差
A = np.hstack([X, np.ones((4, 1))])
wb = np.linalg.solve(A.T @ A, A.T @ y)
lr = LinearRegression().fit(X, y)
print("① 线性模型 正规方程 w =", wb[:2], " b =", round(wb[2], 4),
      "| sklearn w =", np.abs(lr.coef_).round(4), " b =", round(lr.intercept_, 4))
print("   四个点的预测都是", A @ wb)

# ② 书中的解：f(x) = wᵀ max(0, Wᵀx + c) + b
W = np.array([[1, 1], [1, 1]], dtype=float)
c = np.array([0, -1], dtype=float)
w = np.array([1, -2], dtype=float)
H = np.maximum(0, X @ W + c)   # 每行一个样本的隐藏层表示
print("② 隐藏层表示 h（每行对应一个输入）:\n", H)
print("   输出 wᵀh + b =", H @ w + 0)

# ③ 同样的 2-H-1 结构，从随机初始值训练：一次并行训练 20 个随机种子（批量矩阵乘法）
Xt = torch.tensor(X, dtype=torch.float32)
yt = torch.tensor(y, dtype=torch.float32)
for H_units in [2, 8]:
    torch.manual_seed(0)
    S = 20                                                   # 20 个独立的网络
    W1 = (torch.rand(S, 2, H_units) * 2 - 1).requires_grad_()       # 与 nn.Linear 相同的均匀初始化范围
    b1 = (torch.rand(S, 1, H_units) * 2 - 1).requires_grad_()
    W2 = ((torch.rand(S, H_units, 1) * 2 - 1) / H_units ** 0.5).requires_grad_()
    b2 = ((torch.rand(S, 1, 1) * 2 - 1) / H_units ** 0.5).requires_grad_()
    opt = torch.optim.SGD([W1, b1, W2, b2], lr=0.3)
    for step in range(1000):
        out = (torch.relu(Xt @ W1 + b1) @ W2 + b2).squeeze(-1)      # (S, 4)
        losses = ((out - yt) ** 2).mean(dim=1)                      # 每个网络各自的均方误差
        opt.zero_grad()
        losses.sum().backward()                                     # 各网络的梯度互不干扰
        opt.step()
    ok = (losses < 1e-3).sum().item()
    stuck = sorted({round(v, 4) for v in losses.tolist() if v >= 1e-3})
    print(f"③ 隐藏单元 {H_units}：20 个随机初始值中学会 XOR 的有 {ok} 个；没学会的停在损失 {stuck}")
