"""用 SVD 做低秩近似：只保留前 k 个奇异值来压缩一张灰度图

图是用 NumPy 画出来的合成图（渐变背景 + 圆盘 + 矩形 + 条纹 + 少量噪声），不需要下载任何文件。
秩 k 近似 A_k = Σ_{i≤k} σ_i u_i v_iᵀ，只需存 k 个奇异值和 k 对向量：k(m + n + 1) 个数。
"""
import matplotlib.pyplot as plt
import numpy as np

rng = np.random.default_rng(0)
m, n = 120, 160                                  # 图片高 120、宽 160 像素
y, x = np.mgrid[0:m, 0:n]                        # 每个像素的行号、列号
img = 0.2 + 0.5 * x / n                          # 从左到右变亮的渐变背景
img = img + 0.6 * ((x - 55) ** 2 + (y - 60) ** 2 < 30 ** 2)    # 亮圆盘
img[20:50, 100:145] = 0.05                       # 暗矩形
stripes = (y > 80) & (x > 95)
img[stripes] = 0.5 + 0.4 * np.sin((x[stripes] + y[stripes]) / 3)   # 斜条纹
img = np.clip(img + rng.normal(0, 0.03, size=img.shape), 0, 1)

U, S, Vt = np.linalg.svd(img, full_matrices=False)
print(f"图片 {m}×{n}，共 {m * n} 个数；秩 = {np.linalg.matrix_rank(img)}")
print("前 6 个奇异值:", np.round(S[:6], 2))
total = np.linalg.norm(img)                      # Frobenius 范数：全部元素平方和再开根号


def rank_k(k):
    """前 k 个奇异值对应的 k 个「秩 1 小矩阵」之和。"""
    return U[:, :k] @ np.diag(S[:k]) @ Vt[:k, :]


print("  k  | 相对误差 ‖A-A_k‖/‖A‖ | 由奇异值算出 | 要存的数 | 占原图比例")
for k in [1, 5, 20, 50]:
    err = np.linalg.norm(img - rank_k(k)) / total
    err_sv = np.sqrt(np.sum(S[k:] ** 2)) / total  # 理论：等于被丢掉的奇异值的平方和开根号
    store = k * (m + n + 1)
    print(f"{k:4d} |       {err:.4f}         |    {err_sv:.4f}    | {store:7d}  |  {store / (m * n):6.1%}")

fig, axes = plt.subplots(1, 4, figsize=(6, 1.9), layout="constrained")
for ax, k in zip(axes, [None, 1, 5, 20]):
    shown = img if k is None else rank_k(k)
    ax.imshow(shown, cmap="gray", vmin=0, vmax=1)
    ax.set_title("原图" if k is None else f"秩 {k}", fontsize=10)
    ax.axis("off")

ks = np.arange(1, 61)
errors = [np.linalg.norm(img - rank_k(k)) / total for k in ks]
fig2, ax2 = plt.subplots(figsize=(6, 3.5), layout="constrained")
ax2.plot(ks, errors, marker=".", color="tab:blue")
for k in [1, 5, 20]:
    ax2.annotate(f"k={k}: {errors[k - 1]:.3f}", xy=(k, errors[k - 1]), xytext=(10, -2),
                 textcoords="offset points", color="tab:red")
ax2.set_xlabel("保留的奇异值个数 k")
ax2.set_ylabel("相对误差")
ax2.set_title("重建误差随 k 增大而下降，前几个奇异值贡献最大")
ax2.grid(alpha=0.3)
plt.show()
