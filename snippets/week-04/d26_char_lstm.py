"""字符级语言模型：RNN 与 LSTM 在课程语料上各训练几秒

语料是 data/course_corpus/corpus.txt（本课程前三周的 1,647 句中文）。
任务：看前面的字，预测下一个字。两个模型结构相同，只把循环单元从 nn.RNN 换成 nn.LSTM。
"""
from pathlib import Path

import matplotlib.pyplot as plt
import torch
import torch.nn as nn

torch.manual_seed(0)
torch.set_num_threads(1)

text = Path("data/course_corpus/corpus.txt").read_text(encoding="utf-8")
chars = sorted(set(text))
stoi = {ch: i for i, ch in enumerate(chars)}
data = torch.tensor([stoi[ch] for ch in text])
V = len(chars)
print(f"语料 {len(text)} 个字符，词表（不同的字符）{V} 个；均匀猜测的损失 ln V = {torch.log(torch.tensor(V)).item():.3f}")

seq_len, batch, steps = 24, 32, 120


class CharModel(nn.Module):
    def __init__(self, kind):
        super().__init__()
        self.emb = nn.Embedding(V, 48)
        self.rnn = (nn.LSTM if kind == "LSTM" else nn.RNN)(48, 64, batch_first=True)
        self.head = nn.Linear(64, V)

    def forward(self, idx, state=None):
        out, state = self.rnn(self.emb(idx), state)
        return self.head(out), state


def get_batch(g):
    starts = torch.randint(0, len(data) - seq_len - 1, (batch,), generator=g)
    x = torch.stack([data[s:s + seq_len] for s in starts])
    y = torch.stack([data[s + 1:s + seq_len + 1] for s in starts])  # 目标 = 输入错开一位
    return x, y


curves, models = {}, {}
for kind in ["RNN", "LSTM"]:
    torch.manual_seed(0)
    model = CharModel(kind)
    opt = torch.optim.Adam(model.parameters(), lr=5e-3)
    g = torch.Generator().manual_seed(0)   # 两个模型看到完全相同的批次
    losses = []
    for step in range(steps):
        x, y = get_batch(g)
        logits, _ = model(x)
        loss = nn.functional.cross_entropy(logits.reshape(-1, V), y.reshape(-1))
        opt.zero_grad()
        loss.backward()
        nn.utils.clip_grad_norm_(model.parameters(), 1.0)  # 梯度裁剪，防止梯度爆炸
        opt.step()
        losses.append(loss.item())
    curves[kind], models[kind] = losses, model
    n_params = sum(p.numel() for p in model.parameters())
    print(f"{kind:<4} 参数 {n_params:6d} | 第 1/40/80/120 步损失 "
          + " / ".join(f"{losses[s]:.3f}" for s in [0, 39, 79, 119])
          + f" | 最后 20 步平均 {sum(losses[-20:]) / 20:.3f}")

# 看 LSTM 读「神经网络」这几个字时，遗忘门的平均取值
lstm = models["LSTM"]
with torch.no_grad():
    prompt = "神经网络"
    W_f = lstm.rnn.weight_ih_l0[64:128]
    U_f = lstm.rnn.weight_hh_l0[64:128]
    b_f = lstm.rnn.bias_ih_l0[64:128] + lstm.rnn.bias_hh_l0[64:128]
    h = c = torch.zeros(1, 1, 64)
    for ch in prompt:
        e = lstm.emb(torch.tensor([[stoi[ch]]]))
        f = torch.sigmoid(e[0] @ W_f.T + h[0] @ U_f.T + b_f)
        _, (h, c) = lstm.rnn(e, (h, c))
        print(f"读入「{ch}」：遗忘门均值 {f.mean().item():.3f}，最小 {f.min().item():.3f}，最大 {f.max().item():.3f}")

# 从「神经网络」开始，按模型给出的概率逐字采样 40 个字
torch.manual_seed(0)
with torch.no_grad():
    idx = torch.tensor([[stoi[ch] for ch in prompt]])
    logits, state = lstm(idx)
    out = prompt
    for _ in range(40):
        probs = torch.softmax(logits[0, -1] / 0.8, dim=-1)   # 温度 0.8：比原分布稍「保守」
        nxt = torch.multinomial(probs, 1).item()
        out += chars[nxt]
        logits, state = lstm(torch.tensor([[nxt]]), state)
print("LSTM 采样：", out.replace("\n", "⏎"))

fig, ax = plt.subplots(figsize=(6, 3.5))
for kind, color in [("RNN", "tab:orange"), ("LSTM", "tab:blue")]:
    smooth = torch.tensor(curves[kind]).unfold(0, 20, 1).mean(1)   # 20 步滑动平均
    ax.plot(range(20, steps + 1), smooth, label=kind, color=color)
ax.set_xlabel("训练步数")
ax.set_ylabel("交叉熵损失（20 步滑动平均）")
ax.set_title("字符级语言模型：RNN 与 LSTM 的训练损失")
ax.legend()
plt.tight_layout()
plt.show()
