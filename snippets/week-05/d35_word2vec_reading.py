"""对照 word2vec 论文：两种模型的训练样本、每个词的计算量与词类比评测

第 1 部分：同一句话，CBOW 和跳元模型各产生哪些训练样本（论文第 3 节）。
第 2 部分：把论文给出的每个训练词计算量公式代入具体数字，看隐藏层为什么是瓶颈。
第 3 部分：词类比评测（论文第 4 节）的做法，用手工构造的玩具向量演示。
"""
import math

import numpy as np

# ---------- 第 1 部分：训练样本 ----------
tokens = ["我们", "用", "梯度", "下降", "训练", "模型"]
C = 2  # 最大窗口：中心词左右各看最多 C 个词
print("【1】句子:", " / ".join(tokens), f"（窗口 C = {C}）")
cbow, skip = [], []
for i, center in enumerate(tokens):
    context = [tokens[j] for j in range(max(0, i - C), min(len(tokens), i + C + 1)) if j != i]
    cbow.append((context, center))                  # CBOW：上下文（取平均）→ 中心词，1 个样本
    skip.extend((center, c) for c in context)       # 跳元模型：中心词 → 每个上下文词，各 1 个样本
print("CBOW 样本数:", len(cbow), "  例:", "+".join(cbow[2][0]), "→", cbow[2][1])
print("跳元模型样本数:", len(skip), "  例:", ", ".join(f"{a}→{b}" for a, b in skip[5:9]))

# 论文的做法：每个中心词随机取 R ∈ {1, ..., C}，只用左右各 R 个词，近处的词被用到的次数更多
rng = np.random.default_rng(0)
uses = {1: 0, 2: 0}
for _ in range(10000):
    R = rng.integers(1, C + 1)
    for d in (1, 2):
        uses[d] += d <= R
print("随机窗口下，距离 1 与距离 2 的词被用作标签的比例:",
      f"{uses[1] / 10000:.3f}", f"{uses[2] / 10000:.3f}")

# ---------- 第 2 部分：每个训练词的计算量（论文第 2、3 节的公式，输出层用层次 softmax） ----------
V, D, H = 1_000_000, 300, 500
log_v = math.log2(V)
nnlm = 10 * D + 10 * D * H + H * log_v        # 前馈神经语言模型，N = 10 个前文词
cbow_q = 8 * D + D * log_v                    # CBOW，N = 8（前后各 4 个词）
skip_q = 10 * (D + D * log_v)                 # 跳元模型，C = 10
print(f"\n【2】V = {V:,}, D = {D}, H = {H}, log2(V) = {log_v:.2f}")
for name, q in [("NNLM", nnlm), ("CBOW", cbow_q), ("Skip-gram", skip_q)]:
    print(f"{name:>9}: Q ≈ {q:>12,.0f}   是 CBOW 的 {q / cbow_q:6.1f} 倍")
print(f"NNLM 中隐藏层一项 N×D×H = {10 * D * H:,} 占 {10 * D * H / nnlm:.1%}")

# ---------- 第 3 部分：词类比 a : b = c : ? ，答案是离 b − a + c 最近（余弦）的词 ----------
words = ["国王", "女王", "男人", "女人", "王子", "公主", "苹果", "香蕉"]
meaning = np.array([  # 五个“语义方向”：皇室、男性、女性、成年、水果
    [1, 1, 0, 1, 0], [1, 0, 1, 1, 0], [0, 1, 0, 1, 0], [0, 0, 1, 1, 0],
    [1, 1, 0, 0, 0], [1, 0, 1, 0, 0], [0, 0, 0, 0, 1], [0, 0, 0, 0, 1]], dtype=float) * 0.5
asked = [0, 2, 3]  # 国王、男人、女人：问题里的三个词


def toy_vectors(noise, rng):
    """语义部分 + 每个词独有的随机部分（noise 越大，独有部分越大），再归一化成单位向量"""
    E = np.hstack([meaning, rng.normal(0, noise, size=(len(words), 6))])
    return E / np.linalg.norm(E, axis=1, keepdims=True)


def answer(E, exclude):
    target = E[0] - E[2] + E[3]                       # 国王 − 男人 + 女人
    cos = E @ target / np.linalg.norm(target)
    order = [i for i in np.argsort(-cos) if not (exclude and i in asked)]
    return order[0], cos


E = toy_vectors(0.3, np.random.default_rng(0))
first, cos = answer(E, exclude=False)
print("\n【3】国王 − 男人 + 女人 与各词的余弦：",
      "  ".join(f"{words[i]} {cos[i]:.3f}" for i in np.argsort(-cos)[:4]))
print("不排除问题词时的答案:", words[first], "  排除三个问题词后的答案:", words[answer(E, exclude=True)[0]])
print("每种噪声各造 1000 套玩具向量，答对「女王」的比例：")
for noise in (0.1, 0.3, 0.5):
    rng = np.random.default_rng(1)
    hits = np.array([[answer(E, ex)[0] == 1 for ex in (False, True)]
                     for E in (toy_vectors(noise, rng) for _ in range(1000))])
    print(f"  独有部分标准差 {noise}: 不排除 {hits[:, 0].mean():.3f}   排除问题词 {hits[:, 1].mean():.3f}")
