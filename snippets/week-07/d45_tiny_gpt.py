"""迷你 GPT：用 GPT2Config 从配置创建一个小模型，在课程语料上按字训练几秒钟"""
import math
from pathlib import Path

import torch
import torch.nn.functional as F
from transformers import GPT2Config, GPT2LMHeadModel
from transformers.utils import logging

logging.set_verbosity_error()  # 不打印与本例无关的配置提示

torch.manual_seed(0)
torch.set_num_threads(1)
text = Path("data/course_corpus/corpus.txt").read_text(encoding="utf-8")
chars = sorted(set(text))
stoi = {c: i for i, c in enumerate(chars)}
data = torch.tensor([stoi[c] for c in text])
V, block, batch = len(chars), 32, 16

config = GPT2Config(vocab_size=V, n_positions=block, n_embd=64, n_layer=2, n_head=2,
                    bos_token_id=0, eos_token_id=0)
model = GPT2LMHeadModel(config)   # 从配置创建：参数是随机初始化的，没有下载任何东西
print(f"字符表 {V} 个，模型参数 {sum(p.numel() for p in model.parameters()):,} 个")
print(f"基线 ln V = {math.log(V):.4f}")


def get_batch():
    starts = torch.randint(0, len(data) - block, (batch,))
    return torch.stack([data[s:s + block] for s in starts])


opt = torch.optim.AdamW(model.parameters(), lr=3e-3)
for step in range(121):
    x = get_batch()
    out = model(input_ids=x, labels=x)   # 标签就是输入本身，模型内部左移一位
    opt.zero_grad()
    out.loss.backward()
    opt.step()
    if step % 40 == 0:
        print(f"第 {step:>3} 步  损失 {out.loss.item():.4f}  困惑度 {math.exp(out.loss.item()):7.1f}")

# 核对：模型返回的损失 = 自己把 logits 和标签错开一位后算的交叉熵
model.eval()
x = get_batch()
with torch.no_grad():
    out = model(input_ids=x, labels=x)
    mine = F.cross_entropy(out.logits[:, :-1].reshape(-1, V), x[:, 1:].reshape(-1))
print(f"模型返回的损失 {out.loss.item():.6f}，自己算的 {mine.item():.6f}")

# 按最大概率逐字续写
ids = torch.tensor([[stoi[c] for c in "模型"]])
with torch.no_grad():
    for _ in range(20):
        nxt = model(input_ids=ids[:, -block:]).logits[0, -1].argmax()
        ids = torch.cat([ids, nxt.view(1, 1)], dim=1)
print("续写「模型」：", "".join(chars[i] for i in ids[0]))
