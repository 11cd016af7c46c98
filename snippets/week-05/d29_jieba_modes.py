"""jieba 的三种分词模式、HMM 新词发现和自定义词典"""
import io
import logging

import jieba

jieba.setLogLevel(logging.WARNING)


def show(label, words):
    print(f"  {label:<8}", " / ".join(words))


# 1. 同一句话，三种模式
for sentence in ["南京市长江大桥", "乒乓球拍卖完了", "结婚的和尚未结婚的人都来了"]:
    print(sentence)
    show("精确模式", jieba.cut(sentence))                 # 默认：切成不重叠的一串词
    show("全模式", jieba.cut(sentence, cut_all=True))      # 列出词典里所有能成词的片段
    show("搜索模式", jieba.cut_for_search(sentence))       # 精确模式 + 把长词再切出短词

# 2. HMM：词典里没有的人名，靠隐马尔可夫模型按字猜出来
print("\n词典外的人名（HMM 开 / 关）")
for sentence in ["王小蓉在杭州读研究生", "李雷和韩梅梅去了长沙"]:
    show("HMM 开", jieba.cut(sentence))                  # HMM 默认打开
    show("HMM 关", jieba.cut(sentence, HMM=False))

# 3. 自定义词典：把本课程的术语教给 jieba
sentence = "我们用梯度下降和交叉熵训练跳元模型，再用负采样加速"
print("\n加词典之前")
show("精确模式", jieba.cut(sentence))
print("前缀词典里有没有：", {w: w in jieba.dt.FREQ for w in ["梯度下降", "交叉熵", "跳元模型", "负采样"]})

jieba.add_word("梯度下降")                                 # 方法一：在代码里逐个添加
user_dict = io.StringIO("交叉熵 10 n\n跳元模型 10 n\n负采样 10 n\n")  # 方法二：词典文件，每行「词 词频 词性」
jieba.load_userdict(user_dict)                             # 真实项目里传文件路径，如 "my_dict.txt"
print("加词典之后")
show("精确模式", jieba.cut(sentence))

# 4. 反过来：不想让 jieba 把「结婚的人」当成一个词
jieba.del_word("结婚的人")
print("\ndel_word('结婚的人') 之后")
show("精确模式", jieba.cut("结婚的和尚未结婚的人都来了"))
