"""练习任务「MLP 对决 CNN」参考实现

同一份划分、同样的优化器和训练轮数，比较前馈网络与小卷积网络的参数量、训练曲线和验证准确率；
再把验证图片整体平移 1～2 个像素（空出的地方补 0），看谁更经得起「位置变化」。
"""
import matplotlib.pyplot as plt
import numpy as np
import torch
import torch.nn as nn
from sklearn.datasets import load_digits
from sklearn.model_selection import train_test_split

torch.manual_seed(0)
torch.set_num_threads(1)

digits = load_digits()
X = torch.tensor(digits.images / 16.0, dtype=torch.float32)[:, None]   # (1797, 1, 8, 8)
y = torch.tensor(digits.target)
idx_tr, idx_va = train_test_split(np.arange(len(y)), test_size=0.2, stratify=digits.target, random_state=0)
X_tr, X_va, y_tr, y_va = X[idx_tr], X[idx_va], y[idx_tr], y[idx_va]


def shift(imgs, dx, dy):
    """整体平移 (dx, dy) 个像素：dx > 0 向右，dy > 0 向下；移出去的丢掉，空出来的补 0。"""
    out = torch.zeros_like(imgs)
    H, W = imgs.shape[-2:]
    out[..., max(dy, 0):H + min(dy, 0), max(dx, 0):W + min(dx, 0)] = \
        imgs[..., max(-dy, 0):H + min(-dy, 0), max(-dx, 0):W + min(-dx, 0)]
    return out


def make_mlp():
    return nn.Sequential(nn.Flatten(), nn.Linear(64, 64), nn.ReLU(), nn.Linear(64, 10))


def make_cnn():
    return nn.Sequential(
        nn.Conv2d(1, 16, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2),    # → (16, 4, 4)
        nn.Conv2d(16, 32, 3, padding=1), nn.ReLU(),                    # → (32, 4, 4)
        nn.AdaptiveMaxPool2d(1), nn.Flatten(),                         # 每个通道取全图最大值 → 32
        nn.Linear(32, 10))


def accuracy(model, Xs, ys):
    model.eval()
    with torch.no_grad():
        return (model(Xs).argmax(1) == ys).float().mean().item()


def train(model, epochs=15):
    torch.manual_seed(0)
    opt = torch.optim.Adam(model.parameters(), lr=0.01)
    g = torch.Generator().manual_seed(0)
    hist = []
    for _ in range(epochs):
        model.train()
        for b in torch.randperm(len(X_tr), generator=g).split(64):
            loss = nn.functional.cross_entropy(model(X_tr[b]), y_tr[b])
            opt.zero_grad()
            loss.backward()
            opt.step()
        hist.append((accuracy(model, X_tr, y_tr), accuracy(model, X_va, y_va)))
    return hist


shifts = [(0, 0), (1, 0), (0, 1), (-1, -1), (2, 0), (0, -2)]
fig, ax = plt.subplots(figsize=(6, 3.5))
for name, maker, color in [("MLP", make_mlp, "tab:orange"), ("CNN", make_cnn, "tab:blue")]:
    torch.manual_seed(0)
    model = maker()
    hist = train(model)
    n = sum(p.numel() for p in model.parameters())
    print(f"{name}: 参数 {n}，第 15 轮 训练准确率 {hist[-1][0]:.4f}，验证准确率 {hist[-1][1]:.4f}")
    row = "   平移后验证准确率 " + "  ".join(f"{dx:+d},{dy:+d}: {accuracy(model, shift(X_va, dx, dy), y_va):.3f}"
                                  for dx, dy in shifts)
    print(row)
    ax.plot(range(1, 16), [h[1] for h in hist], color=color, label=f"{name} 验证")
    ax.plot(range(1, 16), [h[0] for h in hist], color=color, ls="--", label=f"{name} 训练")
ax.set_xlabel("轮数（epoch）")
ax.set_ylabel("准确率")
ax.set_ylim(0.8, 1.005)
ax.set_title("MLP 对决 CNN：手写数字 8×8")
ax.legend(loc="lower right")
plt.tight_layout()
plt.show()
