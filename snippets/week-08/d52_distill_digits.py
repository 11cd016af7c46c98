"""教师与学生：在手写数字上比较「只用硬标签」和「蒸馏」训练的小网络"""
import torch
import torch.nn as nn
import torch.nn.functional as F
from sklearn.datasets import load_digits
from sklearn.model_selection import train_test_split

torch.manual_seed(0)
X, y = load_digits(return_X_y=True)
X_tr, X_te, y_tr, y_te = train_test_split(X / 16.0, y, test_size=0.3, random_state=0, stratify=y)
X_tr, X_te = torch.tensor(X_tr, dtype=torch.float32), torch.tensor(X_te, dtype=torch.float32)
y_tr, y_te = torch.tensor(y_tr), torch.tensor(y_te)
T, ALPHA, STEPS = 4.0, 0.9, 250


def mlp(hidden):
    return nn.Sequential(nn.Linear(64, hidden), nn.ReLU(), nn.Linear(hidden, 10))


def distill_loss(student_logits, teacher_logits, labels):
    """α·T²·KL(教师软标签 ‖ 学生软预测) + (1 − α)·交叉熵(真实标签)"""
    soft = F.kl_div(F.log_softmax(student_logits / T, dim=1), F.softmax(teacher_logits / T, dim=1),
                    reduction="batchmean")
    return ALPHA * T * T * soft + (1 - ALPHA) * F.cross_entropy(student_logits, labels)


def train(model, X, y, teacher_logits=None, lr=1e-2):
    opt = torch.optim.Adam(model.parameters(), lr=lr)
    for _ in range(STEPS):  # 数据很小，每一步都用全部训练样本
        logits = model(X)
        loss = F.cross_entropy(logits, y) if teacher_logits is None else distill_loss(logits, teacher_logits, y)
        opt.zero_grad()
        loss.backward()
        opt.step()
    return model


def accuracy(model):
    with torch.no_grad():
        return (model(X_te).argmax(dim=1) == y_te).float().mean().item()


count = lambda m: sum(p.numel() for p in m.parameters())
teacher = train(mlp(256), X_tr, y_tr, lr=3e-3)
with torch.no_grad():
    teacher_logits = teacher(X_tr)
print(f"教师：64→256→10，参数 {count(teacher):,} 个，测试准确率 {accuracy(teacher):.4f}")
print(f"学生：64→8→10，参数 {count(mlp(8)):,} 个（约为教师的 {count(mlp(8)) / count(teacher):.1%}）\n")
print("学生的训练数据        种子  硬标签   蒸馏")
for n in (100, len(X_tr)):
    results = []
    for seed in range(3):
        idx = torch.randperm(len(X_tr), generator=torch.Generator().manual_seed(seed))[:n]
        torch.manual_seed(seed)
        hard = accuracy(train(mlp(8), X_tr[idx], y_tr[idx]))
        torch.manual_seed(seed)  # 同样的初始权重，只有损失不同
        soft = accuracy(train(mlp(8), X_tr[idx], y_tr[idx], teacher_logits[idx]))
        results.append((hard, soft))
        print(f"{n:>5} 个带标签样本       {seed}   {hard:.4f}  {soft:.4f}")
    mean = [sum(r[i] for r in results) / 3 for i in (0, 1)]
    print(f"{'':>22}平均  {mean[0]:.4f}  {mean[1]:.4f}")
