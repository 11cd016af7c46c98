"""正弦位置编码：频率、旋转性质的数值验证与热力图"""
import matplotlib.pyplot as plt
import numpy as np
import torch

np.set_printoptions(precision=4, suppress=True)


def sinusoidal_pe(n, d):
    """PE[pos, 2i] = sin(pos·ω_i)，PE[pos, 2i+1] = cos(pos·ω_i)，ω_i = 10000^(-2i/d)"""
    pos = np.arange(n)[:, None]
    omega = 10000.0 ** (-np.arange(0, d, 2) / d)            # d/2 个频率
    pe = np.zeros((n, d))
    pe[:, 0::2] = np.sin(pos * omega)
    pe[:, 1::2] = np.cos(pos * omega)
    return pe, omega


# 小例子：d = 4
pe4, om4 = sinusoidal_pe(3, 4)
print("d = 4 的频率 ω =", om4)
print("PE(1) =", pe4[1])

# d = 64 的频率与波长
d = 64
pe, omega = sinusoidal_pe(128, d)
wave = 2 * np.pi / omega
print(f"\nd = {d}：频率从 ω_0 = {omega[0]:.4f} 降到 ω_31 = {omega[-1]:.6f}")
print(f"波长从 {wave[0]:.2f} 个位置增长到 {wave[-1]:.0f} 个位置")

# 旋转性质：PE(pos + k) = M_k · PE(pos)，M_k 与 pos 无关
k = 5
M = np.zeros((d, d))
for i, w in enumerate(omega):
    c, s = np.cos(w * k), np.sin(w * k)
    M[2 * i:2 * i + 2, 2 * i:2 * i + 2] = [[c, s], [-s, c]]
err = np.abs(pe[:-k] @ M.T - pe[k:]).max()
print(f"\nk = {k}：对全部 pos 检查 max|M_k·PE(pos) - PE(pos+k)| = {err:.2e}")
print(f"M_k 是正交矩阵：max|M_k·M_kᵀ - I| = {np.abs(M @ M.T - np.eye(d)).max():.2e}")

# 两个位置编码的点积只取决于距离
for p in [0, 10, 50]:
    print(f"PE({p:2d})·PE({p + k:2d}) = {pe[p] @ pe[p + k]:.4f}", end="   ")
print(f"\nΣ cos(ω_i·k) = {np.cos(omega * k).sum():.4f}")

# 另一种常见写法：先算 exp(-2i·ln(10000)/d)，用 PyTorch 的 float32 计算，与上面的 float64 结果核对
pos_t = torch.arange(128, dtype=torch.float32)[:, None]
div = torch.exp(torch.arange(0, d, 2, dtype=torch.float32) * (-np.log(10000.0) / d))
pe_t = torch.zeros(128, d)
pe_t[:, 0::2], pe_t[:, 1::2] = torch.sin(pos_t * div), torch.cos(pos_t * div)
print(f"与 PyTorch float32 写法的最大差 = {np.abs(pe_t.numpy() - pe).max():.2e}")

fig, ax = plt.subplots(figsize=(6.5, 3.5))
im = ax.imshow(pe, aspect="auto", cmap="RdBu", vmin=-1, vmax=1)
ax.set_xlabel("维度 j（左边频率高、右边频率低）")
ax.set_ylabel("位置 pos")
ax.set_title("正弦位置编码（n = 128，d = 64）")
fig.colorbar(im, ax=ax)
plt.show()
