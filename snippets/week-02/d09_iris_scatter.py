"""把 scikit-learn 自带的鸢尾花数据装进 DataFrame，按品种汇总，再画散点图

load_iris 的数据随 scikit-learn 一起安装，不需要联网下载。
"""
import matplotlib.pyplot as plt
import pandas as pd
from sklearn.datasets import load_iris

pd.set_option("display.unicode.east_asian_width", True)
pd.set_option("display.width", 100)

iris = load_iris()
print("特征矩阵形状:", iris.data.shape, "| 特征名:", iris.feature_names)
print("品种名:", iris.target_names.tolist(), "| 标签的前 3 个:", iris.target[:3])

cols = ["花萼长", "花萼宽", "花瓣长", "花瓣宽"]       # 单位都是厘米
df = pd.DataFrame(iris.data, columns=cols)
names_zh = {"setosa": "山鸢尾", "versicolor": "杂色鸢尾", "virginica": "维吉尼亚鸢尾"}
df["品种"] = [names_zh[iris.target_names[t]] for t in iris.target]
print(df.sample(4, random_state=0))               # 随机看 4 行，random_state 固定抽样
print("每个品种的样本数:", df["品种"].value_counts().to_dict())

# 按品种分组，求每个特征的平均值
means = df.groupby("品种")[cols].mean().round(2)
print("\n各品种特征均值（厘米）:\n", means)

# 筛选：花瓣长于 5 厘米的花都是哪些品种？
big = df[df["花瓣长"] > 5]
print("\n花瓣长 > 5 厘米的有", len(big), "朵:", big["品种"].value_counts().to_dict())

# 散点图：每个品种画一组点，label 用于图例
fig, ax = plt.subplots(figsize=(6, 3.5), layout="constrained")
for (name, group), marker in zip(df.groupby("品种"), ["o", "s", "^"]):
    ax.scatter(group["花瓣长"], group["花瓣宽"], label=name, marker=marker, alpha=0.7, s=20)
ax.set_title("鸢尾花：花瓣长度与宽度")
ax.set_xlabel("花瓣长（厘米）")
ax.set_ylabel("花瓣宽（厘米）")
ax.legend(title="品种")
ax.grid(True, alpha=0.3)
plt.show()
