"""练习任务参考实现：一条迷你预训练流水线（清洗 → 训练 BPE 分词器 → 梯度累积训练迷你 GPT）"""
import hashlib
import html
import json
import math
import random
import re
from pathlib import Path

import torch
import torch.nn.functional as F
from tokenizers import Tokenizer, models, pre_tokenizers, trainers
from transformers import GPT2Config, GPT2LMHeadModel

random.seed(0)
torch.manual_seed(0)
torch.set_num_threads(1)

# ---------- 第 1 步：清洗网页文本（第 44 天的规则，简化版） ----------
pages = [json.loads(s) for s in Path("data/web_text/pages.jsonl").read_text(encoding="utf-8").splitlines()]
counts = [("原始网页", len(pages))]


def strip_html(text):
    text = re.sub(r"(?is)<(script|style)\b.*?</\1>", "", text)
    text = html.unescape(re.sub(r"(?s)<!--.*?-->|<[^>]+>", "", text))
    return [re.sub(r"\s+", " ", ln).strip() for ln in text.split("\n") if ln.strip()]


docs = [strip_html(p["text"]) for p in pages]
docs = [d for d in docs if not any(("{" in ln or "博彩" in ln or "代开发票" in ln) for ln in d)]
counts.append(("去 HTML、丢代码和不良词", len(docs)))
docs = [[ln for ln in d if ln.endswith(("。", "！", "？")) and len(ln) >= 8 and "版权" not in ln] for d in docs]
docs = [d for d in docs if len(d) >= 3]
counts.append(("行级过滤后至少 3 行", len(docs)))
docs = ["\n".join(d) for d in docs]
docs = [d for d in docs if sum("\u4e00" <= c <= "\u9fff" for c in d) / max(sum(c.isalpha() for c in d), 1) >= 0.5]
counts.append(("汉字占比 ≥ 50%", len(docs)))
seen, unique = set(), []
for d in docs:
    h = hashlib.sha1(d.encode("utf-8")).hexdigest()
    if h not in seen:
        seen.add(h)
        unique.append(d)
counts.append(("精确去重", len(unique)))
print("清洗：" + " → ".join(f"{k} {v}" for k, v in counts))

# ---------- 第 2 步：训练 BPE 分词器（课程语料 + 清洗后的网页） ----------
corpus = Path("data/course_corpus/corpus.txt").read_text(encoding="utf-8").splitlines()
texts = corpus + [ln for d in unique for ln in d.split("\n")]
random.shuffle(texts)                          # 打乱句子顺序，让验证集与训练集同分布
tok = Tokenizer(models.BPE(unk_token="[UNK]"))
tok.pre_tokenizer = pre_tokenizers.Whitespace()
tok.train_from_iterator(texts, trainers.BpeTrainer(vocab_size=2000, special_tokens=["[UNK]", "[EOS]"],
                                                   show_progress=False))
eos = tok.token_to_id("[EOS]")
ids = []
for s in texts:
    ids += tok.encode(s).ids + [eos]          # 每句末尾加 [EOS]，再首尾相接成一条长序列
ids = torch.tensor(ids)
n_chars = sum(len(s) for s in texts)
V = tok.get_vocab_size()
print(f"分词器：词表 {V}，{len(texts)} 句 {n_chars} 个字符 → {len(ids)} 个词元（每字 {len(ids) / n_chars:.2f} 个）")
print("  例：", tok.encode("梯度累积把大批次拆成微批。").tokens)

# ---------- 第 3 步：从配置创建迷你 GPT，用梯度累积训练 ----------
block, micro, k, steps, lr = 32, 8, 4, 40, 3e-3
split = int(0.9 * len(ids))
train_ids, val_ids = ids[:split], ids[split:]
cfg = GPT2Config(vocab_size=V, n_positions=block, n_embd=64, n_layer=2, n_head=4,
                 bos_token_id=eos, eos_token_id=eos)
model = GPT2LMHeadModel(cfg)
n_params = sum(p.numel() for p in model.parameters())
opt = torch.optim.AdamW(model.parameters(), lr=lr)


def batch(data, size, gen):
    starts = torch.randint(0, len(data) - block - 1, (size,), generator=gen)
    x = torch.stack([data[s:s + block] for s in starts])
    y = torch.stack([data[s + 1:s + block + 1] for s in starts])   # 标签左移一位
    return x, y


def lm_loss(x, y):
    return F.cross_entropy(model(x).logits.reshape(-1, V), y.reshape(-1))


gen = torch.Generator().manual_seed(0)
xv, yv = batch(val_ids, 64, torch.Generator().manual_seed(1))
print(f"迷你 GPT：{n_params:,} 个参数；每次更新 = {k} 个微批 × {micro} 条 × {block} 个词元 "
      f"= {k * micro * block} 个词元；基线 ln V = {math.log(V):.3f}")
for step in range(1, steps + 1):
    model.train()
    opt.zero_grad()
    total = 0.0
    for _ in range(k):                         # 梯度累积：k 个微批各 backward(loss / k)
        x, y = batch(train_ids, micro, gen)
        loss = lm_loss(x, y) / k
        loss.backward()
        total += loss.item()
    opt.step()
    if step in (1, 10, 20, 30, 40):
        model.eval()
        with torch.no_grad():
            val = lm_loss(xv, yv).item()
        print(f"  第 {step:>2} 次更新：训练损失 {total:.3f}，验证损失 {val:.3f}（困惑度 {math.exp(val):.0f}）")
