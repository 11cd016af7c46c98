"""数据并行：用 gloo 后端在 CPU 上起 2 个进程，all-reduce 梯度，与单进程整批训练对照

每个进程（rank）拿整批数据的一半，各自前向、反向，再用 dist.all_reduce 把梯度求和、除以进程数；
主进程事先用整批算好「标准答案」，比较梯度和一步 SGD 更新后的参数。
最后再用 PyTorch 自带的 DistributedDataParallel（DDP）做同样的事，确认它自动做了一样的 all-reduce。
"""
import socket

import torch
import torch.distributed as dist
import torch.multiprocessing as mp
import torch.nn as nn
import torch.nn.functional as F

B, D_IN, D_OUT, LR = 8, 6, 3, 0.1


def make_model_and_data():
    torch.manual_seed(0)  # 每个进程用同一个种子，模型初始参数和整批数据都相同
    model = nn.Sequential(nn.Linear(D_IN, 16), nn.Tanh(), nn.Linear(16, D_OUT))
    x, y = torch.randn(B, D_IN), torch.randint(0, D_OUT, (B,))
    return model, x, y


def flat_grad(model):
    return torch.cat([p.grad.flatten() for p in model.parameters()])


def flat_param(model):
    return torch.cat([p.detach().flatten() for p in model.parameters()])


def worker(rank, world_size, port, queue):
    dist.init_process_group("gloo", init_method=f"tcp://127.0.0.1:{port}", rank=rank, world_size=world_size)
    model, x, y = make_model_and_data()
    xs, ys = x.chunk(world_size)[rank], y.chunk(world_size)[rank]   # 本进程的那一半
    # ---- 手写版：各算各的梯度 → all_reduce 求和 → 除以进程数 ----
    F.cross_entropy(model(xs), ys).backward()
    local = flat_grad(model).clone()
    for p in model.parameters():
        dist.all_reduce(p.grad, op=dist.ReduceOp.SUM)
        p.grad /= world_size
    with torch.no_grad():
        for p in model.parameters():
            p -= LR * p.grad
    # ---- 库版：DistributedDataParallel 在 backward 里自动 all-reduce 并取平均 ----
    ddp_model, _, _ = make_model_and_data()
    ddp = nn.parallel.DistributedDataParallel(ddp_model)
    F.cross_entropy(ddp(xs), ys).backward()
    # 张量转成普通列表再放进队列，避免子进程退出后共享内存失效
    queue.put((rank, *[t.tolist() for t in (local, flat_grad(model), flat_param(model), flat_grad(ddp_model))]))
    dist.barrier()
    dist.destroy_process_group()


if __name__ == "__main__":
    # 标准答案：单进程、整批
    model, x, y = make_model_and_data()
    F.cross_entropy(model(x), y).backward()
    g_full = flat_grad(model)
    with torch.no_grad():
        for p in model.parameters():
            p -= LR * p.grad
    w_full = flat_param(model)

    with socket.socket() as s:  # 绑定 0 号端口，让操作系统挑一个空闲端口
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    world_size = 2
    ctx = mp.get_context("spawn")
    queue = ctx.Queue()
    procs = [ctx.Process(target=worker, args=(r, world_size, port, queue)) for r in range(world_size)]
    for p in procs:
        p.start()
    results = sorted(queue.get() for _ in procs)
    results = [(r, *[torch.tensor(v) for v in vs]) for r, *vs in results]
    for p in procs:
        p.join()

    print(f"world_size={world_size}，整批 {B} 个样本，每个进程 {B // world_size} 个；参数共 {g_full.numel()} 个")
    for rank, local, g, w, g_ddp in results:
        print(f"rank {rank}: 本地梯度与整批梯度差 {(local - g_full).abs().max():.4f}（只看了一半数据）")
        print(f"        all-reduce 平均后与整批梯度差 {(g - g_full).abs().max():.2e}，"
              f"更新后参数差 {(w - w_full).abs().max():.2e}，DDP 梯度差 {(g_ddp - g_full).abs().max():.2e}")
    print(f"两个进程的参数完全相同: {torch.equal(results[0][3], results[1][3])}")
