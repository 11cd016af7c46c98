"""从 BertConfig 数出 BERT-base 和 BERT-large 的参数，并估算训练它们的模型状态显存"""
import torch
from transformers import BertConfig, BertForPreTraining

for name, kw in [("BERT-base", dict(num_hidden_layers=12, hidden_size=768, num_attention_heads=12,
                                     intermediate_size=3072)),
                 ("BERT-large", dict(num_hidden_layers=24, hidden_size=1024, num_attention_heads=16,
                                      intermediate_size=4096))]:
    cfg = BertConfig(**kw)  # 词表 30522、最长 512 个位置、2 种句段类型，都是 BertConfig 的默认值
    with torch.device("meta"):  # 只建「形状」不分配内存、不初始化，数参数用它就够了
        model = BertForPreTraining(cfg)  # 带 MLM 头和下一句预测（NSP）头
    total = sum(p.numel() for p in model.parameters())
    encoder = sum(p.numel() for p in model.bert.encoder.parameters())
    emb = sum(p.numel() for p in model.bert.embeddings.parameters())
    nsp = sum(p.numel() for p in model.cls.seq_relationship.parameters())
    print(f"{name}: L={cfg.num_hidden_layers}, H={cfg.hidden_size}, A={cfg.num_attention_heads}")
    print(f"  总参数 {total / 1e6:.1f}M（嵌入 {emb / 1e6:.1f}M，编码器 {encoder / 1e6:.1f}M，NSP 头 {nsp:,} 个）")
    print(f"  混合精度 Adam 的模型状态 16 × {total / 1e6:.0f}M ≈ {16 * total / 1e9:.1f} GB")
    del model
