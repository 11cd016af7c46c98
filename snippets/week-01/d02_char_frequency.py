"""用字典统计汉字出现次数，并画成柱状图

逐字遍历一段中文，用字典 counts 记下每个字出现了几次，再把最常见的 8 个字画出来。
"""
import matplotlib.pyplot as plt

text = (
    "模型先把句子切成小块，再把每一块换成编号。"
    "模型读的不是字，而是编号；模型写的也是编号，最后再把编号换回字。"
)
punctuation = "，。；、！？ "

counts = {}
for ch in text:
    if ch in punctuation:
        continue
    counts[ch] = counts.get(ch, 0) + 1  # 没见过的字从 0 开始计

print("总字数（不含标点）:", sum(counts.values()))
print("不同的字有", len(counts), "个")

# sorted 按 counts.get 查到的次数排序，reverse=True 表示从大到小；
# 次数相同的字保持它们第一次出现的先后顺序
top = sorted(counts, key=counts.get, reverse=True)[:8]
print("出现最多的 8 个字:")
for rank, ch in enumerate(top, start=1):
    print(f"  {rank}. {ch}  {counts[ch]} 次")

fig, ax = plt.subplots(figsize=(6, 3.5))
ax.bar(top, [counts[ch] for ch in top], color="tab:blue")
ax.set_title("一段话里出现最多的 8 个字")
ax.set_xlabel("字")
ax.set_ylabel("出现次数")
plt.show()
