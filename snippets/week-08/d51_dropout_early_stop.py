"""过拟合、dropout 与早停：只用 200 张手写数字训练一个偏大的网络"""
import copy

import matplotlib.pyplot as plt
import torch
import torch.nn as nn
import torch.nn.functional as F
from sklearn.datasets import load_digits
from sklearn.model_selection import train_test_split

X, y = load_digits(return_X_y=True)
X = torch.tensor(X / 16.0, dtype=torch.float32)
y = torch.tensor(y)
idx_train, idx_rest = train_test_split(range(len(y)), train_size=200, random_state=0, stratify=y)
idx_val, idx_test = train_test_split(idx_rest, test_size=0.5, random_state=0, stratify=y[idx_rest])
X_tr, y_tr, X_va, y_va = X[idx_train], y[idx_train], X[idx_val], y[idx_val]
EPOCHS, PATIENCE = 200, 20


def make_model(p):
    return nn.Sequential(nn.Linear(64, 256), nn.ReLU(), nn.Dropout(p),
                         nn.Linear(256, 256), nn.ReLU(), nn.Dropout(p), nn.Linear(256, 10))


def evaluate(model, X, y):
    model.eval()  # 关掉 dropout
    with torch.no_grad():
        return F.cross_entropy(model(X), y).item()


def train(p, early_stop=False):
    torch.manual_seed(0)
    model = make_model(p)
    opt = torch.optim.Adam(model.parameters(), lr=1e-3)
    history, best, best_state, best_epoch, waited = [], float("inf"), None, 0, 0
    for epoch in range(EPOCHS):
        model.train()  # 打开 dropout
        loss = F.cross_entropy(model(X_tr), y_tr)
        opt.zero_grad()
        loss.backward()
        opt.step()
        val = evaluate(model, X_va, y_va)
        history.append((evaluate(model, X_tr, y_tr), val))
        if val < best:
            best, best_epoch, waited = val, epoch, 0
            best_state = copy.deepcopy(model.state_dict())  # 检查点：必须复制，不能只存引用
        else:
            waited += 1
            if early_stop and waited >= PATIENCE:
                break
    return model, history, best, best_state, best_epoch


histories = {}
for p in (0.0, 0.5):
    _, hist, best, _, best_epoch = train(p)
    histories[p] = hist
    tr, va = hist[-1]
    print(f"dropout={p}: 第 {EPOCHS} 轮 训练损失 {tr:.4f} 验证损失 {va:.4f} 差距 {va - tr:.4f}；"
          f"最低验证损失 {best:.4f}（第 {best_epoch} 轮）")

model, hist, best, best_state, best_epoch = train(0.0, early_stop=True)
print(f"\n早停（耐心 {PATIENCE} 轮）：在第 {len(hist) - 1} 轮停下，最好的是第 {best_epoch} 轮")
stopped = hist[-1][1]
model.load_state_dict(best_state)  # 恢复验证损失最低时的权重
print(f"停下时的验证损失 {stopped:.4f}；恢复检查点后 {evaluate(model, X_va, y_va):.4f}")

fig, ax = plt.subplots(figsize=(6, 3.2))
for p, style in ((0.0, "-"), (0.5, "--")):
    hist = histories[p]
    ax.plot([h[0] for h in hist], "C0" + style, label=f"训练 dropout={p}")
    ax.plot([h[1] for h in hist], "C1" + style, label=f"验证 dropout={p}")
ax.set_xlabel("训练轮数")
ax.set_ylabel("交叉熵损失")
ax.set_yscale("log")
ax.legend(fontsize=8)
fig.tight_layout()
plt.show()
