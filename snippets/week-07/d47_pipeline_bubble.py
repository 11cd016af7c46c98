"""流水线并行（GPipe 式）：模拟 p 个阶段、m 个微批的时间表，数出气泡比例并与公式对照

假设每个阶段处理一个微批的前向用 1 个时间单位、反向用 2 个（反向大约是前向的两倍）。
规则：阶段 s 必须等阶段 s-1 做完同一个微批的前向；反向从最后一个阶段往回传，
而且所有微批的前向都做完后才开始反向（GPipe 的做法）。
"""
import matplotlib.pyplot as plt
from matplotlib.patches import Patch

T_F, T_B = 1, 2


def schedule(p, m):
    """返回每个阶段的任务列表 (开始时刻, 时长, 类型, 微批编号) 和总时长。"""
    tasks = [[] for _ in range(p)]
    free = [0] * p                                  # 每个阶段最早何时空闲
    f_done = {}
    for j in range(m):                              # 前向：微批 j 依次流过阶段 0..p-1
        for s in range(p):
            start = max(free[s], f_done.get((s - 1, j), 0))
            tasks[s].append((start, T_F, "F", j))
            free[s] = f_done[(s, j)] = start + T_F
    b_done = {}
    t_all_f = max(free)
    for j in range(m):                              # 反向：从最后一个阶段往回
        for s in reversed(range(p)):
            dep = b_done.get((s + 1, j), t_all_f if s == p - 1 else 0)
            start = max(free[s], dep)
            tasks[s].append((start, T_B, "B", j))
            free[s] = b_done[(s, j)] = start + T_B
    return tasks, max(free)


print(" p   m  总时长  有效计算  模拟气泡比例  公式 (p-1)/(m+p-1)")
for p, m in [(4, 1), (4, 4), (4, 8), (4, 16), (4, 32), (8, 8), (8, 32)]:
    _, total = schedule(p, m)
    busy = m * (T_F + T_B)                          # 每个阶段真正在算的时间
    print(f"{p:>2}{m:>4}{total:>7}{busy:>9}{1 - busy / total:>13.4f}{(p - 1) / (m + p - 1):>17.4f}")

fig, axes = plt.subplots(2, 1, figsize=(7, 4), sharex=True)
for ax, (p, m) in zip(axes, [(4, 1), (4, 4)]):
    tasks, total = schedule(p, m)
    for s in range(p):
        for start, dur, kind, j in tasks[s]:
            ax.barh(s, dur, left=start, color="tab:blue" if kind == "F" else "tab:orange", edgecolor="white")
            if m > 1:
                ax.text(start + dur / 2, s, str(j), ha="center", va="center", color="white", fontsize=8)
    ax.set_yticks(range(p), [f"阶段 {s}" for s in range(p)])
    ax.invert_yaxis()
    ax.set_title(f"p={p} 个阶段，m={m} 个微批：总时长 {total}，空白处就是气泡", fontsize=10)
axes[1].set_xlabel("时间（前向 1 个单位，反向 2 个单位）")
axes[0].legend(handles=[Patch(color="tab:blue", label="前向"), Patch(color="tab:orange", label="反向")],
               loc="lower right", fontsize=8)
fig.tight_layout()
plt.show()
