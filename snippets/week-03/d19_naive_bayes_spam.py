"""从零实现多项式朴素贝叶斯：一个带拉普拉斯平滑的垃圾短信分类器

训练语料是课文里编造的 7 条已经切好词的短信（3 条垃圾、4 条正常）。
先复现手算的「免费 领取 快递」，再看不做平滑（alpha = 0）时会出什么问题，
最后与 scikit-learn 的 MultinomialNB 对照。
"""
import numpy as np
from sklearn.feature_extraction.text import CountVectorizer
from sklearn.naive_bayes import MultinomialNB

np.set_printoptions(precision=4, suppress=True)
train_texts = [
    "免费 领取 红包", "点击 领取 免费 奖品", "免费 红包 点击",            # 垃圾短信
    "明天 开会", "明天 一起 吃饭", "一起 领取 快递", "明天 吃饭",        # 正常短信
]
train_labels = np.array([1, 1, 1, 0, 0, 0, 0])   # 1 = 垃圾，0 = 正常
classes = ["正常", "垃圾"]

# 词表和词频矩阵：每行一条短信，每列一个词，值是出现次数
vocab = sorted({w for t in train_texts for w in t.split()})
index = {w: i for i, w in enumerate(vocab)}


def count_vector(text):
    v = np.zeros(len(vocab))
    for w in text.split():
        if w in index:              # 词表外的词直接忽略
            v[index[w]] += 1
    return v


X = np.array([count_vector(t) for t in train_texts])
print(f"词表大小 |V| = {len(vocab)}：{' '.join(vocab)}")


def fit(X, y, alpha):
    """返回 log 先验 (2,) 和 log 条件概率 (2, |V|)。"""
    log_prior = np.log(np.bincount(y) / len(y))
    counts = np.array([X[y == c].sum(axis=0) for c in (0, 1)])        # 每类每个词的总次数
    probs = (counts + alpha) / (counts.sum(axis=1, keepdims=True) + alpha * X.shape[1])
    with np.errstate(divide="ignore"):                                # alpha = 0 时允许 log(0) = -inf
        return log_prior, np.log(probs), counts


log_prior, log_cond, counts = fit(X, train_labels, alpha=1.0)
print(f"每类词数总和：正常 {int(counts[0].sum())}，垃圾 {int(counts[1].sum())}")
print("先验 P(正常), P(垃圾) =", np.exp(log_prior))

msg = "免费 领取 快递"
x = count_vector(msg)
for c in (1, 0):
    probs = [f"P({w}|{classes[c]})={np.exp(log_cond[c, index[w]]):.2f}" for w in msg.split()]
    print(f"{classes[c]}：" + "  ".join(probs))
scores = log_prior + log_cond @ x            # log P(y) + Σ 词频 × log P(词|y)
post = np.exp(scores - scores.max())
post /= post.sum()                           # 归一化得到后验
print(f"「{msg}」对数得分：正常 {scores[0]:.4f}，垃圾 {scores[1]:.4f}；后验 P(垃圾|短信) = {post[1]:.4f}")

# 不做平滑：训练集中没在某类出现过的词，概率就是 0
lp0, lc0, _ = fit(X, train_labels, alpha=0.0)
with np.errstate(invalid="ignore"):          # 0 × (-inf) = nan
    scores0 = lp0 + np.where(x > 0, lc0 * x, 0).sum(axis=1)
print(f"alpha = 0 时对数得分：正常 {scores0[0]}，垃圾 {scores0[1]}（两类概率都是 0，无法比较）")

# 对照 scikit-learn：token_pattern 改成按空格切分，以便使用我们切好的词
vec = CountVectorizer(token_pattern=r"[^ ]+")
Xs = vec.fit_transform(train_texts)
nb = MultinomialNB(alpha=1.0).fit(Xs, train_labels)
tests = [msg, "明天 一起 领取 红包", "点击 链接 领取 奖品"]
ours = []
for t in tests:
    s = log_prior + log_cond @ count_vector(t)
    ours.append(np.exp(s[1] - np.logaddexp(s[0], s[1])))    # P(垃圾|短信)
sk = nb.predict_proba(vec.transform(tests))[:, 1]
print("\n手写 P(垃圾)  sklearn P(垃圾)  短信（「链接」不在词表里，被忽略）")
for t, a, b in zip(tests, ours, sk):
    print(f"{a:11.4f}  {b:14.4f}  {t}")
