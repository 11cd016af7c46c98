"""负采样损失及其梯度：NumPy 手推公式与 torch.autograd 对照

小例子：嵌入维度 d = 3，词表 V = 6。中心词向量 v，输出向量矩阵 U（每行一个词的 u）。
真实上下文词 o = 1，两个负样本 k = 3、5。
"""
import numpy as np
import torch

np.set_printoptions(precision=4, suppress=True)
torch.set_default_dtype(torch.float64)

v = np.array([0.5, -0.2, 0.1])                       # 中心词向量 v_c
U = np.array([[0.2, 0.0, -0.1],
              [0.4, 0.1, 0.3],                        # u_o：真实上下文词
              [0.0, 0.3, 0.2],
              [-0.3, 0.2, 0.5],                       # u_3：负样本
              [0.1, 0.1, 0.1],
              [0.1, -0.4, 0.2]])                      # u_5：负样本
o, negs = 1, [3, 5]


def sigmoid(x):
    return 1 / (1 + np.exp(-x))


# 1. 完整 softmax：-ln p(o | c)，要算词表里全部 V 个点积
scores = U @ v
p = np.exp(scores) / np.exp(scores).sum()
loss_softmax = -np.log(p[o])
grad_v_softmax = -U[o] + p @ U                        # -u_o + Σ_w p_w u_w
print("全部得分 u_w·v =", scores)
print(f"softmax 损失 = {loss_softmax:.4f}，对 v 的梯度 = {grad_v_softmax}")

# 2. 负采样：-ln σ(u_o·v) - Σ_k ln σ(-u_k·v)，只算 1 + K 个点积
s_pos, s_neg = U[o] @ v, U[negs] @ v
loss_ns = -np.log(sigmoid(s_pos)) - np.log(sigmoid(-s_neg)).sum()
grad_v = (sigmoid(s_pos) - 1) * U[o] + sigmoid(s_neg) @ U[negs]
grad_uo = (sigmoid(s_pos) - 1) * v
grad_uk = sigmoid(s_neg)[:, None] * v
print(f"\n正样本得分 u_o·v = {s_pos:.4f}，σ = {sigmoid(s_pos):.4f}")
print(f"负样本得分 u_k·v = {s_neg}，σ = {sigmoid(s_neg)}")
print(f"负采样损失 = {loss_ns:.4f}")
print("NumPy 公式  ∂L/∂v   =", grad_v)
print("NumPy 公式  ∂L/∂u_o =", grad_uo)

# 3. 同样的损失交给 torch.autograd 求导
vt = torch.tensor(v, requires_grad=True)
Ut = torch.tensor(U, requires_grad=True)
loss_t = -torch.nn.functional.logsigmoid(Ut[o] @ vt) - torch.nn.functional.logsigmoid(-(Ut[negs] @ vt)).sum()
loss_t.backward()
print("autograd    ∂L/∂v   =", vt.grad.numpy())
print(f"最大差：损失 {abs(loss_t.item() - loss_ns):.1e}，∂L/∂v {np.abs(vt.grad.numpy() - grad_v).max():.1e}，"
      f"∂L/∂u_o {np.abs(Ut.grad[o].numpy() - grad_uo).max():.1e}，"
      f"∂L/∂u_k {np.abs(Ut.grad[negs].numpy() - grad_uk).max():.1e}")
others = [i for i in range(len(U)) if i not in [o, *negs]]
print("没被抽到的词的梯度全是 0：", bool(np.all(Ut.grad[others].numpy() == 0)))

vt2 = torch.tensor(v, requires_grad=True)
torch.nn.functional.cross_entropy((Ut.detach() @ vt2)[None], torch.tensor([o])).backward()
print(f"softmax 的 ∂L/∂v 与 autograd 的最大差：{np.abs(vt2.grad.numpy() - grad_v_softmax).max():.1e}")

# 4. 每个训练对要算多少个点积
for V in (600, 100_000):
    print(f"词表 V = {V:>7}：softmax 要算 {V} 个点积，负采样（K = 5）只要 6 个，约为 1/{V // 6}")
