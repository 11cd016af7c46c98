"""独热向量为什么不够用，以及一个玩具语料上的共现矩阵与 PPMI"""
import numpy as np
from sklearn.metrics.pairwise import cosine_similarity

np.set_printoptions(precision=3, suppress=True)


def cosine(a, b):
    return float(a @ b / (np.linalg.norm(a) * np.linalg.norm(b)))


# 1. 独热向量：任意两个不同的词都正交
vocab = ["猫", "狗", "汽车"]
onehot = np.eye(len(vocab))
print("独热向量：", {w: onehot[i].astype(int).tolist() for i, w in enumerate(vocab)})
print(f"cos(猫, 狗) = {cosine(onehot[0], onehot[1]):.3f}   cos(猫, 汽车) = {cosine(onehot[0], onehot[2]):.3f}\n")

# 2. 玩具语料（已分好词），窗口大小 1：只数紧挨着的左右邻居
corpus = ["我 喜欢 猫", "我 喜欢 狗", "猫 吃 鱼", "狗 吃 肉", "我 喜欢 汽车", "我 开 汽车", "狗 追 汽车"]
sentences = [s.split() for s in corpus]
words = sorted({w for s in sentences for w in s}, key=lambda w: [w for s in sentences for w in s].index(w))
idx = {w: i for i, w in enumerate(words)}
C = np.zeros((len(words), len(words)))
window = 1
for s in sentences:
    for i, w in enumerate(s):
        for j in range(max(0, i - window), min(len(s), i + window + 1)):
            if j != i:
                C[idx[w], idx[s[j]]] += 1          # 行：中心词，列：上下文词
print("词表：", " ".join(words))
print("共现矩阵 C（行 = 中心词，列 = 上下文词）：")
for w in words:
    print(f"  {w}\t", C[idx[w]].astype(int))
print(f"用共现计数当向量：cos(猫, 狗) = {cosine(C[idx['猫']], C[idx['狗']]):.3f}   "
      f"cos(猫, 汽车) = {cosine(C[idx['猫']], C[idx['汽车']]):.3f}\n")

# 3. PPMI = max(0, ln( C[w,c] * N / (C[w,·] * C[·,c]) ))
N = C.sum()
row, col = C.sum(axis=1), C.sum(axis=0)
with np.errstate(divide="ignore"):                 # C = 0 处 ln 0 = -inf，再被 max 截成 0
    pmi = np.log(C * N / np.outer(row, col))
ppmi = np.maximum(pmi, 0)

w, c = "猫", "吃"
print(f"手算一格 PPMI({w}, {c})：C = {C[idx[w], idx[c]]:.0f}，N = {N:.0f}，"
      f"C[{w},·] = {row[idx[w]]:.0f}，C[·,{c}] = {col[idx[c]]:.0f}")
by_hand = np.log(C[idx[w], idx[c]] * N / (row[idx[w]] * col[idx[c]]))
print(f"  ln({C[idx[w], idx[c]]:.0f} × {N:.0f} / ({row[idx[w]]:.0f} × {col[idx[c]]:.0f})) = {by_hand:.4f}"
      f"   矩阵里的值 {ppmi[idx[w], idx[c]]:.4f}")
w2, c2 = "汽车", "喜欢"
print(f"PMI({w2}, {c2}) = ln(1 × {N:.0f} / ({row[idx[w2]]:.0f} × {col[idx[c2]]:.0f})) = {pmi[idx[w2], idx[c2]]:.4f}"
      "：同样只共现 1 次，「喜欢」到处出现，所以 PMI 低得多")
print(f"用 PPMI 当向量：cos(猫, 狗) = {cosine(ppmi[idx['猫']], ppmi[idx['狗']]):.3f}   "
      f"cos(猫, 汽车) = {cosine(ppmi[idx['猫']], ppmi[idx['汽车']]):.3f}")

# 4. 自己写的余弦与 scikit-learn 对照
mine = np.array([[cosine(a, b) for b in ppmi] for a in ppmi])
print(f"自写余弦与 sklearn cosine_similarity 的最大差：{np.abs(mine - cosine_similarity(ppmi)).max():.1e}")
