"""NumPy 进阶：reshape、按 axis 聚合、布尔索引、视图与副本

数据是编造的：一位学习者两周（每周 7 天）每天的学习分钟数。
"""
import numpy as np

minutes = np.array([90, 120, 45, 150, 60, 0, 180,
                    100, 130, 80, 160, 30, 200, 0])
print("原始形状:", minutes.shape)
table = minutes.reshape(2, 7)                   # 2 行（周）× 7 列（周一到周日）
print("reshape(2, 7):\n", table)
print("reshape(-1, 7) 的形状:", minutes.reshape(-1, 7).shape, "（-1 让 NumPy 自己算）")

# axis=1：沿着列的方向压缩，每行得到一个数；axis=0：沿着行的方向压缩，每列一个数
print("\n每周总分钟 sum(axis=1):", table.sum(axis=1))
print("每天的两周平均 mean(axis=0):", table.mean(axis=0))
print("每周学得最多的是星期几（0=周一）argmax(axis=1):", table.argmax(axis=1))
share = table / table.sum(axis=1, keepdims=True)  # keepdims 保持 (2,1)，才能按行广播
print("每天占当周的比例（第 1 周）:", np.round(share[0], 3), "| 每行之和:", share.sum(axis=1))

# 布尔索引：比较得到真假数组，再用它挑元素
mask = minutes >= 120
print("\nminutes >= 120:", mask.astype(int))
print("这些天的分钟数:", minutes[mask], "| 共", mask.sum(), "天")
print("学了但不到 60 分钟的天:", minutes[(minutes > 0) & (minutes < 60)])
print("第 2 周里 >=100 的天（列号）:", np.flatnonzero(table[1] >= 100))

# 视图与副本
week1 = table[0]              # 基本切片得到视图：和 table 共用同一块内存
week1[5] = 20                 # 改视图 = 改原数组
print("\n改了 week1[5] 之后 table[0, 5] =", table[0, 5], "| minutes[5] =", minutes[5])
print("共用内存? week1 与 table:", np.shares_memory(week1, table),
      "| table 与 minutes:", np.shares_memory(table, minutes))
picked = minutes[mask]        # 布尔索引总是得到副本
picked[0] = -1
print("改了布尔索引结果后 minutes[1] =", minutes[1], "| 共用内存?", np.shares_memory(picked, minutes))
safe = table[1].copy()        # 想要独立的一份就明确 copy()
safe[:] = 0
print("copy() 之后清零不影响原数组，table[1] =", table[1])

# 三维数组：2 句话 × 3 个词元 × 4 维向量，对词元那一维求平均得到句子向量
rng = np.random.default_rng(0)
emb = rng.normal(size=(2, 3, 4))
sent = emb.mean(axis=1)
print("\n词向量形状:", emb.shape, "-> mean(axis=1) 后:", sent.shape)
print("与循环算法一致:", np.allclose(sent[0], sum(emb[0, t] for t in range(3)) / 3))
