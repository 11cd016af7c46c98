"""掩码语言模型的掩码函数：选 15% 的位置，其中 80% 换成 [MASK]、10% 换成随机词元、10% 不变"""
import torch
import torch.nn.functional as F

torch.manual_seed(0)
PAD, CLS, SEP, MASK = 0, 1, 2, 3   # 特殊词元的编号
V = 1000                           # 词表大小：4 个特殊词元 + 996 个普通词元


def mask_tokens(ids, special, mlm_prob=0.15):
    """返回 (被改过的输入, 标签)。标签只在被选中的位置保留原词元，其余位置为 -100。"""
    ids, labels = ids.clone(), ids.clone()
    prob = torch.full(ids.shape, mlm_prob)
    prob[special] = 0.0                                   # 特殊词元永远不选
    chosen = torch.bernoulli(prob).bool()
    labels[~chosen] = -100                                # 没选中的位置不算损失
    to_mask = chosen & torch.bernoulli(torch.full(ids.shape, 0.8)).bool()
    ids[to_mask] = MASK                                   # 选中的 80% → [MASK]
    to_random = chosen & ~to_mask & torch.bernoulli(torch.full(ids.shape, 0.5)).bool()
    ids[to_random] = torch.randint(4, V, ids.shape)[to_random]  # 剩下 20% 的一半 → 随机普通词元
    return ids, labels                                    # 其余 10% 保持原样


# 一个小例子
ids = torch.tensor([[CLS, 15, 27, 99, 42, 8, 311, 57, 64, 120, 33, 71, SEP]])
masked, labels = mask_tokens(ids, (ids == CLS) | (ids == SEP), mlm_prob=0.5)  # 例子里选得多一点，便于看清
print("原始：", ids[0].tolist())
print("输入：", masked[0].tolist(), "（3 = [MASK]）")
print("标签：", labels[0].tolist())

# 大样本上统计比例：2000 条 × 128 个词元
ids = torch.randint(4, V, (2000, 128))
ids[:, 0], ids[:, -1] = CLS, SEP
special = (ids == CLS) | (ids == SEP)
masked, labels = mask_tokens(ids, special)
chosen = labels != -100
n = chosen.sum().item()
print(f"\n普通词元 {(~special).sum().item()} 个，被选中 {n} 个，占 {n / (~special).sum().item():.2%}")
print(f"  换成 [MASK]   {(masked[chosen] == MASK).float().mean():.2%}")
print(f"  换成随机词元  {((masked[chosen] != MASK) & (masked[chosen] != ids[chosen])).float().mean():.2%}")
print(f"  保持不变      {(masked[chosen] == ids[chosen]).float().mean():.2%}"
      "（含少数随机抽到原词元的位置）")
print(f"特殊词元被选中的次数：{(chosen & special).sum().item()}")

# 损失只算被选中的位置：ignore_index=-100（取前 50 条，logits 形状 50 × 128 × V）
logits = torch.randn(50, 128, V)
lab = labels[:50]
lib = F.cross_entropy(logits.view(-1, V), lab.reshape(-1), ignore_index=-100)
sel = lab != -100
logp = F.log_softmax(logits, dim=-1)
by_hand = -logp[sel, lab[sel]].sum() / sel.sum()   # 只在选中的位置取 −ln p，除以选中的个数
print(f"\n前 50 条共 {lab.numel()} 个位置，参与损失的 {sel.sum().item()} 个")
print(f"F.cross_entropy(ignore_index=-100) = {lib.item():.4f}")
print(f"只对选中位置手算平均             = {by_hand.item():.4f}")
print(f"基线 ln V = {torch.log(torch.tensor(float(V))).item():.4f}（随机 logits 的损失略高于它）")
