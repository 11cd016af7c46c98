"""迷你 BERT：用 BertConfig 从配置创建 BertForMaskedLM，在课程语料上按字做掩码语言模型训练"""
import math
from pathlib import Path

import torch
import torch.nn.functional as F
from transformers import BertConfig, BertForMaskedLM
from transformers.utils import logging

logging.set_verbosity_error()
torch.manual_seed(0)
torch.set_num_threads(1)
text = Path("data/course_corpus/corpus.txt").read_text(encoding="utf-8")
specials = ["[PAD]", "[CLS]", "[SEP]", "[MASK]"]
chars = specials + sorted(set(text))
stoi = {c: i for i, c in enumerate(chars)}
CLS, SEP, MASK = 1, 2, 3
data = torch.tensor([stoi[c] for c in text])
V, block, batch = len(chars), 32, 16

config = BertConfig(vocab_size=V, hidden_size=64, num_hidden_layers=2, num_attention_heads=2,
                    intermediate_size=128, max_position_embeddings=block)
model = BertForMaskedLM(config)
print(f"词表 {V} 个（含 4 个特殊词元），模型参数 {sum(p.numel() for p in model.parameters()):,} 个")
print(f"基线 ln V = {math.log(V):.4f}")


def get_batch():
    starts = torch.randint(0, len(data) - block + 2, (batch,))
    x = torch.stack([torch.cat([torch.tensor([CLS]), data[s:s + block - 2], torch.tensor([SEP])]) for s in starts])
    labels = x.clone()
    chosen = torch.bernoulli(torch.full(x.shape, 0.15)).bool()
    chosen[:, 0] = chosen[:, -1] = False                       # [CLS]、[SEP] 不选
    labels[~chosen] = -100
    r = torch.rand(x.shape)
    x = x.clone()
    x[chosen & (r < 0.8)] = MASK                               # 80% → [MASK]
    rand = chosen & (r >= 0.8) & (r < 0.9)                     # 10% → 随机字
    x[rand] = torch.randint(4, V, x.shape)[rand]
    return x, labels                                           # 每取一批都重新随机掩码：动态掩码


opt = torch.optim.AdamW(model.parameters(), lr=3e-3)
recent = []
for step in range(121):
    x, labels = get_batch()
    out = model(input_ids=x, labels=labels)
    opt.zero_grad()
    out.loss.backward()
    opt.step()
    recent.append(out.loss.item())
    if step % 40 == 0:  # 每批只有约 70 个位置算损失，单步很抖，打印最近 20 步的平均
        print(f"第 {step:>3} 步  最近 20 步平均损失 {sum(recent[-20:]) / len(recent[-20:]):.4f}")

# 核对：模型返回的损失 = 只在被选中位置上算的交叉熵
model.eval()
x, labels = get_batch()
with torch.no_grad():
    out = model(input_ids=x, labels=labels)
sel = labels != -100
mine = F.cross_entropy(out.logits[sel], labels[sel])
print(f"这一批选中 {sel.sum().item()} 个位置；模型返回的损失 {out.loss.item():.6f}，自己算的 {mine.item():.6f}")

sent = "梯度下降沿着负梯度方向更新参数。"
ids = torch.tensor([[CLS] + [stoi[c] for c in sent] + [SEP]])
ids[0, 4] = MASK                                               # 遮住「下」后面的「降」
with torch.no_grad():
    top = model(input_ids=ids).logits[0, 4].topk(5).indices
print("「梯度下[MASK]沿着……」的前 5 个猜测：", [chars[i] for i in top])
