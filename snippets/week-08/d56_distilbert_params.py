"""BERT-base 与 DistilBERT 的参数账：从配置搭出两个模型的结构，按部件数参数"""
import torch
from transformers import BertConfig, BertModel, DistilBertConfig, DistilBertModel
from transformers.utils import logging

logging.set_verbosity_error()
torch.manual_seed(0)
count = lambda module: sum(p.numel() for p in module.parameters())

with torch.device("meta"):  # 只要形状、不分配内存：数参数用不着真的权重
    bert = BertModel(BertConfig(), add_pooling_layer=False)  # 默认配置就是 BERT-base：12 层、768 维、12 个头
    distil = DistilBertModel(DistilBertConfig())  # 默认配置：6 层、768 维、12 个头
cfg = BertConfig()
print(f"词表 {cfg.vocab_size}，宽度 {cfg.hidden_size}，前馈宽度 {cfg.intermediate_size}，最大位置 {cfg.max_position_embeddings}")
print("部件                 BERT-base     DistilBERT")
print(f"嵌入层            {count(bert.embeddings):>12,} {count(distil.embeddings):>14,}")
print(f"每个 Transformer 层 {count(bert.encoder.layer[0]):>10,} {count(distil.transformer.layer[0]):>14,}")
print(f"层数              {len(bert.encoder.layer):>12} {len(distil.transformer.layer):>14}")
total_b, total_d = count(bert), count(distil)
print(f"合计              {total_b:>12,} {total_d:>14,}")
print(f"DistilBERT 比 BERT-base 少 {1 - total_d / total_b:.1%} 的参数")

# 手算一层：注意力 4 个 d×d 矩阵加偏置，前馈 d×4d 与 4d×d 加偏置，两个 LayerNorm
d, ff = cfg.hidden_size, cfg.intermediate_size
per_layer = 4 * (d * d + d) + (d * ff + ff) + (ff * d + d) + 2 * (2 * d)
print(f"手算每层参数 {per_layer:,}（与上面一致：{per_layer == count(bert.encoder.layer[0])}）")
print(f"BERT 的嵌入层里，token_type 嵌入有 {bert.embeddings.token_type_embeddings.weight.numel():,} 个参数；"
      f"DistilBERT 还有它吗：{hasattr(distil.embeddings, 'token_type_embeddings')}")
