"""ZeRO 三个阶段：按「谁被切分」逐项累加每张卡的模型状态，与论文里的公式对照"""

# 混合精度 Adam 每个参数的五份东西（字节），第 46 天推过：2 + 2 + (4 + 4 + 4)
COMPONENTS = {"fp16 参数": 2, "fp16 梯度": 2, "优化器状态(fp32 主权重+m+v)": 12}
SHARDED = {  # 每个阶段哪些东西被切成 N 份
    "基线数据并行": set(),
    "ZeRO-1 (P_os)": {"优化器状态(fp32 主权重+m+v)"},
    "ZeRO-2 (P_os+g)": {"优化器状态(fp32 主权重+m+v)", "fp16 梯度"},
    "ZeRO-3 (P_os+g+p)": set(COMPONENTS),
}
PAPER = {  # 论文中的公式，Ψ 为参数个数，N 为数据并行的卡数，K = 12
    "基线数据并行": lambda psi, n: 16 * psi,
    "ZeRO-1 (P_os)": lambda psi, n: 4 * psi + 12 * psi / n,
    "ZeRO-2 (P_os+g)": lambda psi, n: 2 * psi + 14 * psi / n,
    "ZeRO-3 (P_os+g+p)": lambda psi, n: 16 * psi / n,
}


def per_gpu_bytes(stage, psi, n):
    return sum(b * psi / n if name in SHARDED[stage] else b * psi for name, b in COMPONENTS.items())


for psi, n in [(7.5e9, 64), (7e9, 8)]:
    print(f"Ψ = {psi / 1e9:g}B 个参数，N = {n} 张卡（1 GB = 10^9 字节）：")
    print("  逐项累加(GB)  论文公式(GB)  相对基线   阶段")
    base = per_gpu_bytes("基线数据并行", psi, n)
    for stage in SHARDED:
        mine, paper = per_gpu_bytes(stage, psi, n), PAPER[stage](psi, n)
        assert abs(mine - paper) < 1e-6 * paper
        print(f"  {mine / 1e9:>11.2f}{paper / 1e9:>14.2f}{base / mine:>9.1f}×   {stage}")
    print()

print("N 趋于无穷时每个参数剩下的字节：ZeRO-1 → 4，ZeRO-2 → 2，ZeRO-3 → 0（全部被切分）")
psi = 7.5e9
print("ZeRO-3 下每张卡的模型状态随卡数的变化（7.5B）：",
      "，".join(f"N={n}: {16 * psi / n / 1e9:.1f} GB" for n in (8, 64, 1024)))
