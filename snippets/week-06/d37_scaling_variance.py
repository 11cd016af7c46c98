"""为什么除以 √d_k：点积的方差随 d_k 增长，不缩放时 softmax 饱和、梯度消失

q、k 的每个分量独立地取自标准正态分布 N(0, 1)。
"""
import matplotlib.pyplot as plt
import numpy as np
import torch

rng = np.random.default_rng(0)
dims = [4, 16, 64, 256, 1024]

print("① q·k 的均值和方差（每个 d_k 抽 10000 对）")
print(f"{'d_k':>5} {'均值':>7} {'方差':>9} {'除以√d_k 后的方差':>14}")
for d in dims:
    q = rng.standard_normal((10000, d))
    k = rng.standard_normal((10000, d))
    s = (q * k).sum(axis=1)
    print(f"{d:>5} {s.mean():>8.3f} {s.var():>10.2f} {(s / np.sqrt(d)).var():>14.3f}")


def softmax(z):
    e = np.exp(z - z.max(axis=-1, keepdims=True))
    return e / e.sum(axis=-1, keepdims=True)


def jacobian_norm(p):
    # softmax 的雅可比矩阵 J = diag(p) − p pᵀ，返回每行 p 对应的 Frobenius 范数
    J = p[:, :, None] * np.eye(p.shape[1]) - p[:, :, None] * p[:, None, :]
    return np.sqrt((J ** 2).sum(axis=(1, 2)))


n = 8                                   # 每个查询面对 8 个键
print(f"\n② 一个查询对 {n} 个键做 softmax（每个 d_k 重复 1000 次取平均）")
print(f"{'d_k':>5} {'最大权重:不缩放':>10} {'缩放':>6} {'梯度范数:不缩放':>10} {'缩放':>7}")
grad_raw, grad_scaled = [], []
for d in dims:
    q = rng.standard_normal((1000, 1, d))
    K = rng.standard_normal((1000, n, d))
    s = (q * K).sum(axis=-1)             # (1000, n) 的分数
    p_raw, p_sc = softmax(s), softmax(s / np.sqrt(d))
    g_raw, g_sc = jacobian_norm(p_raw).mean(), jacobian_norm(p_sc).mean()
    grad_raw.append(g_raw)
    grad_scaled.append(g_sc)
    print(f"{d:>5} {p_raw.max(1).mean():>14.3f} {p_sc.max(1).mean():>8.3f} {g_raw:>14.4f} {g_sc:>9.4f}")

# 用 torch.autograd 核对雅可比公式（取上面 d_k = 1024 缩放后的一行分数）
z = torch.tensor(s[0] / np.sqrt(1024))
J_auto = torch.autograd.functional.jacobian(lambda t: torch.softmax(t, dim=0), z).numpy()
p0 = softmax(s[:1] / np.sqrt(1024))[0]
J_formula = np.diag(p0) - np.outer(p0, p0)
print(f"\n雅可比公式 vs torch.autograd 最大绝对误差：{np.abs(J_formula - J_auto).max():.1e}")

fig, (ax1, ax2) = plt.subplots(1, 2, figsize=(7, 3.5), layout="constrained")
q = rng.standard_normal(512)
K = rng.standard_normal((n, 512))
s = K @ q
ax1.bar(np.arange(n) - 0.2, softmax(s), width=0.4, label="不缩放")
ax1.bar(np.arange(n) + 0.2, softmax(s / np.sqrt(512)), width=0.4, label="除以 √d_k")
ax1.set_xlabel("键的位置")
ax1.set_ylabel("注意力权重")
ax1.set_title("d_k = 512 时同一组分数的 softmax")
ax1.legend(fontsize=8)
ax2.plot(dims, grad_raw, "o-", label="不缩放")
ax2.plot(dims, grad_scaled, "s-", label="除以 √d_k")
ax2.set_xscale("log", base=2)
ax2.set_xlabel("d_k")
ax2.set_ylabel("softmax 雅可比的平均范数")
ax2.set_title("不缩放时梯度随 d_k 消失")
ax2.legend(fontsize=8)
plt.show()
