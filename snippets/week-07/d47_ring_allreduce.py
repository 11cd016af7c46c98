"""从零模拟环形 all-reduce：先 reduce-scatter 再 all-gather，数一数每个进程发出多少数据"""
import numpy as np

rng = np.random.default_rng(0)


def ring_allreduce(data):
    """data: N 个进程各自的梯度向量（长度相同）。返回每个进程最后拿到的结果和发送的元素数。"""
    N = len(data)
    chunks = [np.array_split(d.copy(), N) for d in data]   # 每个进程把向量切成 N 块
    sent = [0] * N
    # 第一阶段 reduce-scatter：N-1 步，第 s 步进程 i 把第 (i-s) 块发给右邻居 i+1，右邻居累加
    for s in range(N - 1):
        msgs = [(i, (i - s) % N, chunks[i][(i - s) % N].copy()) for i in range(N)]
        for i, c, block in msgs:
            chunks[(i + 1) % N][c] += block
            sent[i] += block.size
    # 此时进程 i 手里的第 (i+1) 块已是所有进程之和
    # 第二阶段 all-gather：N-1 步，把求好和的块沿环传一圈，收到的直接覆盖
    for s in range(N - 1):
        msgs = [(i, (i + 1 - s) % N, chunks[i][(i + 1 - s) % N].copy()) for i in range(N)]
        for i, c, block in msgs:
            chunks[(i + 1) % N][c] = block
            sent[i] += block.size
    return [np.concatenate(c) for c in chunks], sent


size = 1200
for N in (2, 4, 8):
    data = [rng.standard_normal(size) for _ in range(N)]
    out, sent = ring_allreduce(data)
    ref = np.sum(data, axis=0)                       # 对照：直接求和
    err = max(np.abs(o - ref).max() for o in out)
    print(f"N={N}: 与 np.sum 的最大差 {err:.1e}；每个进程发送 {sent[0]} 个元素，"
          f"公式 2(N-1)/N·size = {2 * (N - 1) / N * size:.0f}")
print("\n朴素做法（都发给 0 号进程求和再发回）：0 号进程要收 (N-1)·size、发 (N-1)·size 个元素，随 N 线性增长；")
print("环形做法每个进程的通信量不超过 2·size，几乎与 N 无关。")
