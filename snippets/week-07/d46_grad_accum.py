"""梯度累积：4 个微批各算 loss/4 再相加，等于一次性用整批算出的梯度"""
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
V, d_model, n = 50, 32, 12              # 词表、维度、序列长度
B, k = 16, 4                            # 整批 16 条序列，切成 k=4 个微批，每批 4 条
model = nn.Sequential(nn.Embedding(V, d_model), nn.Linear(d_model, d_model), nn.Tanh(), nn.Linear(d_model, V))
x = torch.randint(0, V, (B, n))
y = torch.randint(0, V, (B, n))


def lm_loss(xb, yb, reduction="mean"):
    logits = model(xb)
    return F.cross_entropy(logits.reshape(-1, V), yb.reshape(-1), reduction=reduction, ignore_index=-100)


def grads():
    return torch.cat([p.grad.flatten() for p in model.parameters()])


# (a) 整批一次算
model.zero_grad()
full_loss = lm_loss(x, y)
full_loss.backward()
g_full = grads().clone()

# (b) 梯度累积：每个微批的损失除以 k，backward 会把梯度加到 .grad 上
model.zero_grad()
for xb, yb in zip(x.chunk(k), y.chunk(k)):
    (lm_loss(xb, yb) / k).backward()
g_acc = grads().clone()

# (c) 忘了除以 k
model.zero_grad()
for xb, yb in zip(x.chunk(k), y.chunk(k)):
    lm_loss(xb, yb).backward()
g_nodiv = grads().clone()

print(f"整批损失 {full_loss.item():.4f}，参数共 {g_full.numel():,} 个")
print(f"(b) 累积 {k} 个微批、每个 loss/{k}：与整批梯度的最大绝对差 {(g_acc - g_full).abs().max():.2e}")
print(f"(c) 不除以 k：梯度是整批的 {(g_nodiv.norm() / g_full.norm()).item():.4f} 倍")

# (d) 语言模型里有被忽略的位置（标签 -100，如填充）时，各微批的有效词元数不同
y_pad = y.clone()
lengths = torch.tensor([12, 12, 12, 12, 3, 3, 3, 3, 8, 8, 8, 8, 5, 5, 5, 5])  # 每条序列的真实长度
for i, length in enumerate(lengths):
    y_pad[i, length:] = -100
model.zero_grad()
lm_loss(x, y_pad).backward()
g_full = grads().clone()
model.zero_grad()
for xb, yb in zip(x.chunk(k), y_pad.chunk(k)):
    (lm_loss(xb, yb) / k).backward()                 # 每个微批按自己的词元数取平均，再除以 k
g_wrong = grads().clone()
n_tok = (y_pad != -100).sum()
model.zero_grad()
for xb, yb in zip(x.chunk(k), y_pad.chunk(k)):
    (lm_loss(xb, yb, reduction="sum") / n_tok).backward()  # 先求和，再除以整批的总词元数
g_right = grads().clone()
print(f"\n有填充时：各微批有效词元数 {[int((yb != -100).sum()) for yb in y_pad.chunk(k)]}，共 {int(n_tok)}")
print(f"  每批取平均再 /k：最大绝对差 {(g_wrong - g_full).abs().max():.2e}")
print(f"  求和后 /总词元数：最大绝对差 {(g_right - g_full).abs().max():.2e}")
