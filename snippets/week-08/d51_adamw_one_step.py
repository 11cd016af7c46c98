"""Adam + L2 与 AdamW：同一步更新，手算并与 PyTorch 核对；再按惯例给参数分组"""
import torch
import torch.nn as nn

torch.set_printoptions(precision=4, sci_mode=False)
lr, lam, beta1, beta2, eps = 0.1, 0.1, 0.9, 0.999, 1e-8
w0 = torch.tensor([1.0, -2.0, 0.5])
g = torch.tensor([0.0, 0.0, -3.0])  # 前两个分量这一步没有梯度，第三个梯度很大


def adam_first_step(w, grad):
    """Adam 的第一步：偏差校正后 m̂ = grad，v̂ = grad²。"""
    m, v = (1 - beta1) * grad, (1 - beta2) * grad ** 2
    m_hat, v_hat = m / (1 - beta1), v / (1 - beta2)
    return w - lr * m_hat / (v_hat.sqrt() + eps)


# 1) Adam + L2：把 λw 加进梯度，再交给 Adam 归一化
l2_hand = adam_first_step(w0, g + lam * w0)
# 2) AdamW：先把权重按 (1 − lr·λ) 缩小，再用原始梯度做 Adam 更新
adamw_hand = adam_first_step(w0 * (1 - lr * lam), g)


def torch_step(opt_class):
    w = nn.Parameter(w0.clone())
    opt = opt_class([w], lr=lr, betas=(beta1, beta2), eps=eps, weight_decay=lam)
    w.grad = g.clone()
    opt.step()
    return w.detach()


print("初始权重         ", w0)
print("Adam + L2  手算  ", l2_hand, "｜ torch.optim.Adam ", torch_step(torch.optim.Adam))
print("AdamW      手算  ", adamw_hand, "｜ torch.optim.AdamW", torch_step(torch.optim.AdamW))
print("没有梯度的分量：Adam + L2 移动了", (l2_hand - w0)[:2], "，AdamW 移动了", (adamw_hand - w0)[:2])


# 参数分组：二维及以上的权重做衰减，偏置和 LayerNorm 的参数不做
class TinyBlock(nn.Module):
    def __init__(self, d=16, vocab=50):
        super().__init__()
        self.emb = nn.Embedding(vocab, d)
        self.ln = nn.LayerNorm(d)
        self.ff = nn.Sequential(nn.Linear(d, 4 * d), nn.GELU(), nn.Linear(4 * d, d))


model = TinyBlock()
decay = [n for n, p in model.named_parameters() if p.dim() >= 2]
no_decay = [n for n, p in model.named_parameters() if p.dim() < 2]
params = dict(model.named_parameters())
opt = torch.optim.AdamW([
    {"params": [params[n] for n in decay], "weight_decay": 0.1},
    {"params": [params[n] for n in no_decay], "weight_decay": 0.0},
], lr=3e-4)
print("\n做权重衰减:", decay)
print("不做衰减  :", no_decay)
print("两组的参数个数:", [sum(p.numel() for p in group["params"]) for group in opt.param_groups])
