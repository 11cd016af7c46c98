"""卷积（互相关）：NumPy 手写 vs torch.nn.functional.conv2d

先在 5×5 输入上用 3×3 卷积核逐格滑动求和，再推广到多通道、填充和步幅，
每一步都与 PyTorch 的结果比较最大绝对误差；最后核对池化与批归一化。
"""
import numpy as np
import torch
import torch.nn as nn
import torch.nn.functional as F

np.set_printoptions(precision=4, suppress=True)
torch.manual_seed(0)
rng = np.random.default_rng(0)


def conv2d_numpy(x, w, b=None, padding=0, stride=1):
    """x: (C_in, H, W)，w: (C_out, C_in, k, k)，b: (C_out,)。深度学习里的「卷积」其实是互相关：核不翻转。"""
    c_in, h, wd = x.shape
    c_out, _, k, _ = w.shape
    x = np.pad(x, ((0, 0), (padding, padding), (padding, padding)))
    h_out = (h + 2 * padding - k) // stride + 1
    w_out = (wd + 2 * padding - k) // stride + 1
    out = np.zeros((c_out, h_out, w_out))
    for o in range(c_out):
        for i in range(h_out):
            for j in range(w_out):
                patch = x[:, i * stride:i * stride + k, j * stride:j * stride + k]
                out[o, i, j] = np.sum(patch * w[o]) + (0.0 if b is None else b[o])
    return out


# ① 单通道：5×5 输入，3×3 竖直边缘核
x = np.array([[3, 3, 3, 0, 0],
              [3, 3, 3, 0, 0],
              [3, 3, 3, 0, 0],
              [3, 3, 3, 0, 0],
              [3, 3, 3, 0, 0]], dtype=float)
k = np.array([[1, 0, -1],
              [1, 0, -1],
              [1, 0, -1]], dtype=float)
y_np = conv2d_numpy(x[None], k[None, None])[0]
y_pt = F.conv2d(torch.tensor(x)[None, None], torch.tensor(k)[None, None])[0, 0].numpy()
print("① 5×5 输入 * 3×3 核 → 3×3 特征图（NumPy）:\n", y_np)
print("   与 F.conv2d 的最大绝对误差:", np.abs(y_np - y_pt).max())
flipped = conv2d_numpy(x[None], k[::-1, ::-1].copy()[None, None])[0]
print("   若按数学定义把核翻转 180°（真正的卷积），第一行变成:", flipped[0])

# ② 输出尺寸公式 ⌊(n + 2p − k)/s⌋ + 1
print("\n② 输出尺寸：n  k  p  s | 公式 | PyTorch")
for n, kk, p, s in [(5, 3, 0, 1), (5, 3, 1, 1), (5, 3, 1, 2), (8, 3, 1, 1), (7, 2, 0, 2), (28, 5, 0, 1)]:
    formula = (n + 2 * p - kk) // s + 1
    real = F.conv2d(torch.zeros(1, 1, n, n), torch.zeros(1, 1, kk, kk), padding=p, stride=s).shape[-1]
    print(f"   {n:2d} {kk:2d} {p:2d} {s:2d} | {formula:4d} | {real:4d}")

# ③ 多通道 + 填充 + 步幅：3 个输入通道、4 个输出通道
x3 = rng.normal(size=(3, 7, 7))
w3 = rng.normal(size=(4, 3, 3, 3))
b3 = rng.normal(size=4)
for p, s in [(0, 1), (1, 1), (1, 2)]:
    out_np = conv2d_numpy(x3, w3, b3, padding=p, stride=s)
    out_pt = F.conv2d(torch.tensor(x3)[None], torch.tensor(w3), torch.tensor(b3), padding=p, stride=s)[0].numpy()
    print(f"③ 7×7×3 输入, p={p}, s={s}: 输出形状 {out_np.shape}, 最大绝对误差 {np.abs(out_np - out_pt).max():.2e}")

conv = nn.Conv2d(in_channels=3, out_channels=4, kernel_size=3)
n_params = sum(t.numel() for t in conv.parameters())
print(f"   nn.Conv2d(3, 4, 3) 参数量 = {n_params}  （4×3×3×3 权重 + 4 偏置 = {4 * 3 * 3 * 3 + 4}）")

# ④ 2×2 最大池化，步幅 2
m = np.array([[1, 3, 2, 0],
              [4, 2, 1, 1],
              [0, 1, 5, 6],
              [2, 2, 7, 1]], dtype=float)
pool_np = m.reshape(2, 2, 2, 2).max(axis=(1, 3))
pool_pt = F.max_pool2d(torch.tensor(m)[None, None], 2)[0, 0].numpy()
print("\n④ 4×4 → 2×2 最大池化:\n", pool_np, "\n   与 F.max_pool2d 的最大绝对误差:", np.abs(pool_np - pool_pt).max())

# ⑤ 批归一化（训练模式）：每个通道用这一批所有样本、所有位置的均值和方差标准化
xb = torch.randn(8, 4, 5, 5) * 3 + 2
bn = nn.BatchNorm2d(4)  # γ 初始化为 1，β 初始化为 0
mean = xb.mean(dim=(0, 2, 3), keepdim=True)
var = xb.var(dim=(0, 2, 3), unbiased=False, keepdim=True)
manual = (xb - mean) / torch.sqrt(var + bn.eps)
print(f"⑤ BatchNorm2d(4)：手写与库的最大绝对误差 {(manual - bn(xb)).abs().max().item():.2e}，"
      f"可学习参数 {sum(t.numel() for t in bn.parameters())} 个（每通道一个 γ、一个 β）")
