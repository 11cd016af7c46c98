"""主成分分析（PCA）三条路：特征分解、SVD 与求导，走到同一个方向

对应《深度学习》2.12 节：编码 c = Dᵀx 由「梯度为零」得到，
最好的方向 d 是 XᵀX 最大特征值的特征向量，也就是 X 的第一个右奇异向量。
"""
import matplotlib.pyplot as plt
import numpy as np
from sklearn.datasets import load_iris
from sklearn.decomposition import PCA

np.set_printoptions(precision=4, suppress=True)
iris = load_iris()
X = iris.data                       # (150, 4)：150 朵花，4 个特征
Xc = X - X.mean(axis=0)             # 中心化：每列减去均值（广播）
print("X 形状:", X.shape, f" 中心化后各列均值的最大绝对值: {np.abs(Xc.mean(axis=0)).max():.1e}")


def same_dir(a, b):
    """两个单位向量是否在同一条直线上（特征向量的正负号可以随意翻）。"""
    return abs(abs(a @ b) - 1) < 1e-8


# 路一：特征分解。XᵀX 是对称矩阵，用 eigh（特征值从小到大），翻转成从大到小
lam, Q = np.linalg.eigh(Xc.T @ Xc)
lam, Q = lam[::-1], Q[:, ::-1]
d_eig = Q[:, 0]
print("XᵀX 的特征值（从大到小）:", lam)
print("第一主成分 d:", d_eig)

# 路二：SVD。X 的右奇异向量就是 XᵀX 的特征向量，σ² 就是特征值
U, S, Vt = np.linalg.svd(Xc, full_matrices=False)
print("奇异值的平方 σ²:", S**2, " 与特征值一致?", np.allclose(S**2, lam))
print("Vt[0] 与 d 同向?", same_dir(Vt[0], d_eig))

# 路三：求导。(a) 固定 D，对编码 c 做梯度下降，目标 ‖x - Dc‖²，梯度 -2Dᵀx + 2c
D = Q[:, :2]                        # 保留 l = 2 个方向，形状 (4, 2)
x = Xc[0]
c = np.zeros(2)
for _ in range(50):
    c = c - 0.1 * (-2 * D.T @ x + 2 * c)
print("梯度下降得到的编码 c:", c, "  公式 Dᵀx:", D.T @ x)

# (b) 沿梯度 2XᵀXd 往上爬，每步再把 d 缩回单位长度，最大化 dᵀXᵀXd
rng = np.random.default_rng(0)
d = rng.normal(size=4)
d /= np.linalg.norm(d)
for _ in range(30):
    d = d + 0.01 * 2 * Xc.T @ Xc @ d
    d /= np.linalg.norm(d)
print(f"梯度上升 30 步得到的 d 与特征向量同向? {same_dir(d, d_eig)}，dᵀXᵀXd = {d @ Xc.T @ Xc @ d:.4f}")

# 重建误差 = 丢掉的特征值之和；解释的方差比例
print("保留 l 个方向 | 重建误差 ‖X - XDDᵀ‖²_F | 丢掉的特征值之和 | 解释比例")
for l in range(1, 5):
    Dl = Q[:, :l]
    err = np.linalg.norm(Xc - Xc @ Dl @ Dl.T) ** 2
    print(f"      {l}       |  {err:10.4f}           |  {lam[l:].sum():10.4f}      | {lam[:l].sum() / lam.sum():.4f}")

# 与 scikit-learn 对照；以及不中心化会怎样
skl = PCA(n_components=2).fit(X)
print("sklearn 第一主成分与 d 同向?", same_dir(skl.components_[0], d_eig),
      " 解释比例:", skl.explained_variance_ratio_)
d_raw = np.linalg.eigh(X.T @ X)[1][:, -1]
mean_dir = X.mean(axis=0) / np.linalg.norm(X.mean(axis=0))
print(f"不中心化时的第一方向与「均值方向」的余弦相似度: {abs(d_raw @ mean_dir):.4f}")

Z = Xc @ D                          # 每朵花的 2 维编码
fig, ax = plt.subplots(figsize=(6, 3.5), layout="constrained")
for k, (name, marker) in enumerate(zip(["山鸢尾", "杂色鸢尾", "维吉尼亚鸢尾"], "o^s")):
    ax.scatter(Z[iris.target == k, 0], Z[iris.target == k, 1], s=14, marker=marker, label=name)
ax.set_xlabel("第一主成分")
ax.set_ylabel("第二主成分")
ax.set_title("4 维的鸢尾花数据压到 2 维（PCA）")
ax.legend()
plt.show()
