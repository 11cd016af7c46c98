"""pandas：用一份编造的学习记录练习读表、选列、筛行、排序、分组和描述统计

表里的数据是为教学编的，不是真实记录。
"""
import io

import pandas as pd

pd.set_option("display.unicode.east_asian_width", True)  # 让中文列名对齐
pd.set_option("display.width", 100)

# 1) 用字典创建 DataFrame：每个键是一列
log = pd.DataFrame({
    "天": [1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
    "主题": ["Python", "Python", "数学", "数学", "数学",
             "Python", "数据", "数据", "数学", "Python"],
    "分钟": [90, 120, 45, 150, 60, 30, 180, 100, 130, 80],
    "测验": [72, 85, 60, 88, 70, 55, 92, 81, 86, 77],
})

# 2) 写成 CSV 文本再读回来：read_csv 读真实文件时用法完全一样
csv_text = log.to_csv(index=False)
print("CSV 的前两行:", csv_text.splitlines()[:2])
df = pd.read_csv(io.StringIO(csv_text))      # 换成 pd.read_csv("log.csv") 就是读文件
print("形状:", df.shape, "| 列名:", list(df.columns))
print(df.head(3))

# 3) 选列：一个列名得到 Series，列名列表得到 DataFrame；loc[行标签, 列名] 取单个值
print("\ndf['分钟'] 是", type(df["分钟"]).__name__, "总和", df["分钟"].sum(),
      "| df[['主题', '测验']] 的形状", df[["主题", "测验"]].shape,
      "| df.loc[6, '主题'] =", df.loc[6, "主题"])

# 4) 按条件筛行：比较得到布尔 Series，多个条件用 & |，每个条件加括号
long_days = df[df["分钟"] >= 120]
print("\n学了 120 分钟以上的天:\n", long_days)
print("数学且测验 >= 80 的天:", df[(df["主题"] == "数学") & (df["测验"] >= 80)]["天"].tolist())

# 5) 新增一列（整列一起算，没有循环），再排序
df["小时"] = (df["分钟"] / 60).round(2)
print("\n测验分最高的 3 天:\n", df.sort_values("测验", ascending=False).head(3))

# 6) groupby：按主题分组后汇总
summary = df.groupby("主题").agg(天数=("天", "count"), 总分钟=("分钟", "sum"),
                               平均测验=("测验", "mean"))
print("\n按主题汇总:\n", summary.round(1))

# 7) describe：数值列的计数、均值、标准差、最小值、分位数、最大值
print("\n描述统计:\n", df[["分钟", "测验"]].describe().round(1))
