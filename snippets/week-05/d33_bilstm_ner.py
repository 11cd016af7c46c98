"""字级双向 LSTM 命名实体标注器：训练几秒，按词元和按实体分别评估

数据：data/zh_ner/sentences.txt（300 句），固定种子打乱后 240 句训练、60 句测试。
"""
import random
import re
from pathlib import Path

import torch
from torch import nn
from torch.nn.utils.rnn import pack_padded_sequence, pad_packed_sequence

random.seed(0)
torch.manual_seed(0)
torch.set_num_threads(1)
MARK = re.compile(r"\[([^\[\]]+)\]\((PER|LOC|ORG)\)")
TAGS = ["O", "B-PER", "I-PER", "B-LOC", "I-LOC", "B-ORG", "I-ORG"]


def parse(line):
    text, spans, last = "", [], 0
    for m in MARK.finditer(line):
        text += line[last:m.start()]
        spans.append((len(text), len(text) + len(m.group(1)), m.group(2)))
        text += m.group(1)
        last = m.end()
    return text + line[last:], spans


def spans_to_bio(n, spans):
    tags = ["O"] * n
    for s, e, k in spans:
        tags[s:e] = ["B-" + k] + ["I-" + k] * (e - s - 1)
    return tags


def bio_to_spans(tags):
    spans, start, kind = [], None, None
    for i, tag in enumerate(tags + ["O"]):
        if start is not None and (tag == "O" or tag.startswith("B-") or tag[2:] != kind):
            spans.append((start, i, kind))
            start, kind = None, None
        if tag != "O" and (tag.startswith("B-") or start is None):
            start, kind = i, tag[2:]
    return spans


data = [parse(l) for l in Path("data/zh_ner/sentences.txt").read_text(encoding="utf-8").splitlines()]
random.shuffle(data)
train, test = data[:240], data[240:]
chars = {"<pad>": 0, "<unk>": 1}
for text, _ in train:
    for c in text:
        chars.setdefault(c, len(chars))


def encode(batch):
    """补齐到同一长度：字编号用 0 补，标签用 -100 补（交叉熵会忽略 -100）。"""
    n = max(len(t) for t, _ in batch)
    x = torch.tensor([[chars.get(c, 1) for c in t] + [0] * (n - len(t)) for t, _ in batch])
    y = torch.tensor([[TAGS.index(g) for g in spans_to_bio(len(t), s)] + [-100] * (n - len(t))
                      for t, s in batch])
    return x, y, torch.tensor([len(t) for t, _ in batch])


class BiLSTMTagger(nn.Module):
    def __init__(self, vocab_size, emb=32, hidden=48):
        super().__init__()
        self.emb = nn.Embedding(vocab_size, emb, padding_idx=0)
        self.lstm = nn.LSTM(emb, hidden, batch_first=True, bidirectional=True)
        self.out = nn.Linear(2 * hidden, len(TAGS))    # 每个字：正向 + 反向隐状态拼接

    def forward(self, x, lengths):
        packed = pack_padded_sequence(self.emb(x), lengths, batch_first=True, enforce_sorted=False)
        h, _ = pad_packed_sequence(self.lstm(packed)[0], batch_first=True, total_length=x.shape[1])
        return self.out(h)                              # 形状 (批大小, 句长, 标签数)


model = BiLSTMTagger(len(chars))
opt = torch.optim.Adam(model.parameters(), lr=0.01)
print(f"训练 {len(train)} 句，测试 {len(test)} 句，字表 {len(chars)} 个，参数 {sum(p.numel() for p in model.parameters()):,} 个")
for epoch in range(1, 13):
    random.shuffle(train)
    total = 0.0
    for i in range(0, len(train), 16):
        x, y, lengths = encode(train[i:i + 16])
        loss = nn.functional.cross_entropy(model(x, lengths).reshape(-1, len(TAGS)), y.reshape(-1))
        opt.zero_grad()
        loss.backward()
        opt.step()
        total += loss.item()
    if epoch in (1, 4, 8, 12):
        print(f"  第 {epoch:>2} 轮  平均训练损失 {total / 15:.4f}")

with torch.no_grad():
    x, y, lengths = encode(test)
    pred = model(x, lengths).argmax(dim=-1)
mask = y != -100
print(f"词元级准确率（每个字的标签对不对）: {(pred[mask] == y[mask]).float().mean():.3f}")
print(f"全部预测为 O 的词元级准确率: {(y[mask] == 0).float().mean():.3f}")

gold, found = set(), set()                              # 实体 = (句号, 起点, 终点, 类型)
for j, (text, spans) in enumerate(test):
    gold |= {(j, *s) for s in spans}
    found |= {(j, *s) for s in bio_to_spans([TAGS[k] for k in pred[j, :len(text)].tolist()])}
tp = len(gold & found)                                  # 片段和类型都对才算对
p, r = tp / len(found), tp / len(gold)
print(f"实体级: 预测 {len(found)} 个，标准答案 {len(gold)} 个，完全正确 {tp} 个")
print(f"  精确率 {p:.3f}  召回率 {r:.3f}  F1 {2 * p * r / (p + r):.3f}")
for kind in ["PER", "LOC", "ORG"]:
    g = {e for e in gold if e[3] == kind}
    f = {e for e in found if e[3] == kind}
    print(f"  {kind}: 标准 {len(g):>2}  预测 {len(f):>2}  正确 {len(g & f):>2}")
for j in (0, 1):
    text = test[j][0]
    shown = [(text[s:e], k) for s, e, k in bio_to_spans([TAGS[k] for k in pred[j, :len(text)].tolist()])]
    print(f"例: {text}\n    标准 {[(text[s:e], k) for s, e, k in test[j][1]]}\n    预测 {shown}")
