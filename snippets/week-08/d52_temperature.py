"""温度 softmax、软标签与 T² 缩放：手算并用 autograd 核对"""
import matplotlib.pyplot as plt
import numpy as np
import torch
import torch.nn.functional as F

torch.manual_seed(0)
np.set_printoptions(precision=4, suppress=True)
# 教师对一张手写「7」的打分：7 最高，其次是长得像的 1 和 9
teacher_logits = torch.tensor([-1.0, 3.0, 0.5, 0.0, -0.5, -1.0, -2.0, 8.0, 0.0, 2.5])


def softmax_t(z, T):
    e = torch.exp((z - z.max()) / T)  # 减去最大值，避免指数溢出；不改变结果
    return e / e.sum()


for T in (1, 4):
    p = softmax_t(teacher_logits, T)
    entropy = -(p * p.log()).sum()
    print(f"T = {T}: p(7) = {p[7]:.4f}, p(1) = {p[1]:.4f}, p(9) = {p[9]:.4f}, p(6) = {p[6]:.6f}, 熵 = {entropy:.4f}")

# KL 散度手算与 F.kl_div 对照（注意 F.kl_div 的第一个参数要传「学生的对数概率」）
student_logits = torch.randn(10)
T = 4.0
p, q = softmax_t(teacher_logits, T), softmax_t(student_logits, T)
kl_hand = (p * (p.log() - q.log())).sum()
kl_lib = F.kl_div(F.log_softmax(student_logits / T, dim=0), p, reduction="sum")
print(f"\nKL(p‖q) 手算 = {kl_hand:.6f}，F.kl_div = {kl_lib:.6f}")

# 梯度：∂KL/∂z_i = (q_i − p_i) / T，T 越大梯度越小，乘以 T² 把量级拉回来
print("\n  T   梯度公式与 autograd 之差   梯度范数   乘以 T² 后")
for T in (1.0, 2.0, 4.0, 8.0, 16.0, 32.0):
    z = (teacher_logits * 0.3).clone().requires_grad_(True)  # 一个和教师不同的学生
    p, q = softmax_t(teacher_logits, T), softmax_t(z, T)
    loss = (p * (p.log() - q.log())).sum()
    loss.backward()
    formula = (q.detach() - p) / T
    print(f"{T:4.0f}   {(formula - z.grad).abs().max():.2e}"
          f"                {z.grad.norm():.5f}    {T * T * z.grad.norm():.4f}")

diff = teacher_logits * 0.3 - teacher_logits
print(f"高温极限的预测值 ‖(z − v) − 均值‖ / K = {(diff - diff.mean()).norm() / 10:.4f}")

fig, axes = plt.subplots(1, 2, figsize=(7, 3), sharey=True)
for ax, T in zip(axes, (1, 4)):
    ax.bar(range(10), softmax_t(teacher_logits, T).numpy(), color="tab:blue")
    ax.set_title(f"温度 T = {T}")
    ax.set_xticks(range(10))
    ax.set_xlabel("数字类别")
axes[0].set_ylabel("概率")
fig.tight_layout()
plt.show()
