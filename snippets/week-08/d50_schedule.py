"""线性预热 + 余弦衰减：手写调度函数，并与 LambdaLR、transformers 的实现核对"""
import math

import matplotlib.pyplot as plt
import torch
from transformers import get_cosine_schedule_with_warmup

PEAK, MIN_LR, WARMUP, TOTAL = 3e-3, 3e-4, 100, 1000


def lr_at(step, peak=PEAK, min_lr=MIN_LR, warmup=WARMUP, total=TOTAL):
    if step < warmup:
        return peak * (step + 1) / warmup  # 第 0 步就用 peak/warmup，避免学习率为 0 的一步
    progress = (step - warmup) / (total - warmup)  # 从 0 走到 1
    return min_lr + 0.5 * (peak - min_lr) * (1 + math.cos(math.pi * progress))


# 用 LambdaLR 驱动一个真实的优化器：它把初始学习率乘以我们给的系数
param = torch.nn.Parameter(torch.zeros(1))
opt = torch.optim.AdamW([param], lr=PEAK)
sched = torch.optim.lr_scheduler.LambdaLR(opt, lambda s: lr_at(s) / PEAK)
seen = []
for step in range(TOTAL):
    seen.append(opt.param_groups[0]["lr"])
    opt.step()
    sched.step()
mine = [lr_at(s) for s in range(TOTAL)]
print(f"手写 vs LambdaLR：最大差 {max(abs(a - b) for a, b in zip(mine, seen)):.2e}")

# transformers 的版本从 0 开始预热、最后衰减到 0：把我们的 min_lr 设成 0、预热起点对齐后比较
opt2 = torch.optim.AdamW([param], lr=PEAK)
hf = get_cosine_schedule_with_warmup(opt2, num_warmup_steps=WARMUP, num_training_steps=TOTAL)
hf_seen = []
for step in range(TOTAL):
    hf_seen.append(opt2.param_groups[0]["lr"])
    opt2.step()
    hf.step()
ours_zero_min = [PEAK * s / WARMUP if s < WARMUP else lr_at(s, min_lr=0.0) for s in range(TOTAL)]
print(f"手写（min_lr=0）vs get_cosine_schedule_with_warmup：最大差 "
      f"{max(abs(a - b) for a, b in zip(ours_zero_min, hf_seen)):.2e}")
for s in (0, 49, 99, 100, 550, 999):
    print(f"第 {s:>3} 步  学习率 {mine[s]:.6f}")

fig, ax = plt.subplots(figsize=(6, 3.2))
ax.plot(mine, label="预热 100 步 + 余弦衰减到 3e-4")
ax.plot(hf_seen, "--", label="transformers（衰减到 0）")
ax.axvline(WARMUP, color="gray", lw=0.8)
ax.set_xlabel("训练步数")
ax.set_ylabel("学习率")
ax.legend()
fig.tight_layout()
plt.show()
