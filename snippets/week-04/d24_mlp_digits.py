"""用前馈网络识别 8×8 手写数字：Dataset、DataLoader、训练循环与验证

load_digits：1797 张 8×8 灰度图，像素 0–16；按 8:2 分层划分训练集与验证集。
网络 64-64-10（ReLU），Adam，学习率 0.01，小批量 64，训练 15 轮。
"""
import matplotlib.pyplot as plt
import numpy as np
import torch
import torch.nn as nn
import torch.nn.functional as F
from sklearn.datasets import load_digits
from sklearn.model_selection import train_test_split
from torch.utils.data import DataLoader, TensorDataset

torch.manual_seed(0)
torch.set_num_threads(1)

digits = load_digits()
X = digits.data.astype(np.float32) / 16.0          # (1797, 64)，缩放到 [0, 1]
y = digits.target                                   # (1797,)，0–9
X_tr, X_va, y_tr, y_va = train_test_split(X, y, test_size=0.2, stratify=y, random_state=0)
X_tr, X_va = torch.from_numpy(X_tr), torch.from_numpy(X_va)
y_tr, y_va = torch.from_numpy(y_tr), torch.from_numpy(y_va)
train_ds = TensorDataset(X_tr, y_tr)                          # 第 i 个样本 = (X_tr[i], y_tr[i])
train_dl = DataLoader(train_ds, batch_size=64, shuffle=True)   # 每轮打乱，按 64 个一批取
xb, yb = next(iter(train_dl))
print(f"训练集 {len(train_ds)} 个，验证集 {len(y_va)} 个；每轮 {len(train_dl)} 个小批量")
print("一个小批量：x", tuple(xb.shape), xb.dtype, " y", tuple(yb.shape), yb.dtype)

model = nn.Sequential(nn.Linear(64, 64), nn.ReLU(), nn.Linear(64, 10))
optimizer = torch.optim.Adam(model.parameters(), lr=0.01)


def evaluate(X, y):
    """整批算平均损失和准确率；eval 模式 + no_grad，不建计算图。"""
    model.eval()
    with torch.no_grad():
        logits = model(X)
        loss = F.cross_entropy(logits, y).item()
        acc = (logits.argmax(dim=1) == y).float().mean().item()
    return loss, acc


history = []
for epoch in range(1, 16):
    model.train()                          # 训练模式（对 dropout 等层有影响）
    for xb, yb in train_dl:
        logits = model(xb)                 # 1. 前向：(64, 64) → (64, 10)
        loss = F.cross_entropy(logits, yb) # 2. 算损失（内部先做 softmax）
        optimizer.zero_grad()              # 3. 清零上一步留下的梯度
        loss.backward()                    # 4. 反向传播：梯度存进每个参数的 .grad
        optimizer.step()                   # 5. 按 Adam 的规则更新参数
    history.append(evaluate(X_tr, y_tr) + evaluate(X_va, y_va))
    if epoch in (1, 2, 5, 10, 15):
        tl, ta, vl, va = history[-1]
        print(f"第 {epoch:2d} 轮  训练损失 {tl:.4f} 准确率 {ta:.4f} | 验证损失 {vl:.4f} 准确率 {va:.4f}")

# 找出验证集上分错的图片
model.eval()
with torch.no_grad():
    pred = model(X_va).argmax(dim=1)
wrong = torch.nonzero(pred != y_va).flatten().tolist()
print(f"验证集分错 {len(wrong)} 张 / {len(y_va)} 张：",
      "、".join(f"{y_va[i].item()}→{pred[i].item()}" for i in wrong), "（真实→预测）")

h = np.array(history)
fig, ax = plt.subplots(figsize=(6, 3.5), layout="constrained")
ax.plot(range(1, 16), h[:, 0], "o-", label="训练损失")
ax.plot(range(1, 16), h[:, 2], "s-", label="验证损失")
ax.set_xlabel("轮次（epoch）")
ax.set_ylabel("平均交叉熵")
ax.set_title("损失曲线：两条线都在下降，且贴得很近")
ax.legend()

fig2, axes = plt.subplots(1, 8, figsize=(8, 1.8), layout="constrained")
for ax, i in zip(axes, wrong[:8]):
    ax.imshow(X_va[i].reshape(8, 8), cmap="gray_r")
    ax.set_title(f"真 {y_va[i].item()} / 判 {pred[i].item()}", fontsize=9)
    ax.axis("off")
fig2.suptitle("验证集里分错的图片", fontsize=10)
plt.show()
