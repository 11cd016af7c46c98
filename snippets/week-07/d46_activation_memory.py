"""激活内存：反向传播要保存的中间结果随批大小和序列长度怎样增长，激活检查点省下多少

用 torch.autograd.graph.saved_tensors_hooks 记下前向传播为反向传播保存的每个张量，按字节求和
（同一块内存只算一次）。
"""
import torch
from transformers import GPT2Config, GPT2LMHeadModel

torch.manual_seed(0)
cfg = GPT2Config(vocab_size=1000, n_positions=256, n_embd=128, n_layer=4, n_head=4,
                 bos_token_id=0, eos_token_id=0, use_cache=False)
model = GPT2LMHeadModel(cfg)
n_params = sum(p.numel() for p in model.parameters())


def saved_bytes(batch, n, checkpoint=False):
    if checkpoint:
        model.activation_checkpointing_enable()
    else:
        model.activation_checkpointing_disable()
    model.train()
    seen = {}

    def pack(t):
        # 参数本身不算激活；按存储地址去重
        if not isinstance(t, torch.nn.Parameter):
            seen[t.untyped_storage().data_ptr()] = t.untyped_storage().nbytes()
        return t

    ids = torch.randint(0, cfg.vocab_size, (batch, n))
    with torch.autograd.graph.saved_tensors_hooks(pack, lambda t: t):
        out = model(ids, labels=ids)
    out.loss.backward()
    model.zero_grad()
    return sum(seen.values())


print(f"迷你 GPT：{cfg.n_layer} 层，d_model={cfg.n_embd}，{n_params:,} 个参数，"
      f"参数本身 {n_params * 4 / 2**20:.1f} MiB（FP32）")
print(" 批大小  序列长度   保存的激活(MiB)")
base = None
for batch, n in [(4, 64), (8, 64), (16, 64), (4, 128), (4, 256)]:
    mib = saved_bytes(batch, n) / 2**20
    print(f"{batch:>6}{n:>9}{mib:>15.1f}")
print(f"\n开启激活检查点（activation_checkpointing_enable）后，批大小 16、长度 64：")
print(f"  前向时保存 {saved_bytes(16, 64, checkpoint=True) / 2**20:.1f} MiB（反向时每层再重算一遍前向）")
