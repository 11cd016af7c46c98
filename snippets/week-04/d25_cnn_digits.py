"""小卷积网络 vs 前馈网络：8×8 手写数字，参数量与验证准确率

两个网络用同一份数据划分、同样的 Adam 学习率和训练轮数；最后画出第一层 8 个卷积核和它们在一张图片上的特征图。
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
X = digits.images.astype(np.float32) / 16.0  # (1797, 8, 8)，像素缩放到 [0, 1]
y = digits.target
X_tr, X_va, y_tr, y_va = train_test_split(X, y, test_size=0.2, stratify=y, random_state=0)
X_tr, X_va = torch.tensor(X_tr)[:, None], torch.tensor(X_va)[:, None]  # 加通道维 → (N, 1, 8, 8)
y_tr, y_va = torch.tensor(y_tr), torch.tensor(y_va)
print("训练集", tuple(X_tr.shape), " 验证集", tuple(X_va.shape))


class SmallCNN(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv1 = nn.Conv2d(1, 8, kernel_size=3, padding=1)   # (1,8,8) → (8,8,8)
        self.conv2 = nn.Conv2d(8, 16, kernel_size=3, padding=1)  # (8,4,4) → (16,4,4)
        self.pool = nn.MaxPool2d(2)
        self.fc = nn.Linear(16 * 2 * 2, 10)

    def forward(self, x):
        x = self.pool(torch.relu(self.conv1(x)))  # → (8, 4, 4)
        x = self.pool(torch.relu(self.conv2(x)))  # → (16, 2, 2)
        return self.fc(x.flatten(1))


mlp = nn.Sequential(nn.Flatten(), nn.Linear(64, 64), nn.ReLU(), nn.Linear(64, 10))
cnn = SmallCNN()


def count(model):
    return sum(p.numel() for p in model.parameters())


def train(model, epochs=15, batch=64):
    opt = torch.optim.Adam(model.parameters(), lr=0.01)
    g = torch.Generator().manual_seed(0)
    accs = []
    for epoch in range(epochs):
        model.train()
        for idx in torch.randperm(len(X_tr), generator=g).split(batch):
            loss = nn.functional.cross_entropy(model(X_tr[idx]), y_tr[idx])
            opt.zero_grad()
            loss.backward()
            opt.step()
        model.eval()
        with torch.no_grad():
            accs.append((model(X_va).argmax(1) == y_va).float().mean().item())
    return accs


print("各层参数：conv1 =", count(cnn.conv1), " conv2 =", count(cnn.conv2), " fc =", count(cnn.fc))
for name, model in [("前馈网络 64-64-10", mlp), ("小卷积网络", cnn)]:
    accs = train(model)
    print(f"{name:<12} 参数 {count(model):5d} | 第 1/5/15 轮验证准确率 "
          f"{accs[0]:.4f} / {accs[4]:.4f} / {accs[-1]:.4f}")

# 第一层学到的 8 个 3×3 卷积核，以及它们作用在一张验证图片上得到的特征图
with torch.no_grad():
    kernels = cnn.conv1.weight[:, 0].numpy()
    img = X_va[0:1]
    fmap = torch.relu(cnn.conv1(img))[0].numpy()
fig, axes = plt.subplots(2, 9, figsize=(9, 2.6))
axes[0, 0].imshow(img[0, 0], cmap="gray_r")
axes[0, 0].set_title(f"输入（{y_va[0].item()}）", fontsize=9)
axes[1, 0].axis("off")
for i in range(8):
    axes[0, i + 1].imshow(kernels[i], cmap="coolwarm", vmin=-np.abs(kernels).max(), vmax=np.abs(kernels).max())
    axes[0, i + 1].set_title(f"核 {i}", fontsize=9)
    axes[1, i + 1].imshow(fmap[i], cmap="viridis")
    axes[1, i + 1].set_title(f"特征图 {i}", fontsize=9)
for ax in axes.flat:
    ax.set_xticks([])
    ax.set_yticks([])
fig.suptitle("第一层卷积核（上，红正蓝负）与 ReLU 后的特征图（下）", fontsize=10)
plt.tight_layout()
plt.show()
