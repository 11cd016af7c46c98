"""练习任务参考实现：梯度下降拟合器 LinearFit

用 pandas 装一张编造的「学习小时 → 测验分」表，写一个 LinearFit 类，
用 NumPy 手写梯度下降最小化均方误差，再与 np.polyfit 的最小二乘解对照，最后画图。
"""
import matplotlib.pyplot as plt
import numpy as np
import pandas as pd


class LinearFit:
    """用梯度下降拟合直线 y ≈ w·x + b，损失是均方误差 L = mean((w·x + b - y)²)。"""

    def __init__(self, lr=0.05, epochs=1000):
        self.lr = lr
        self.epochs = epochs
        self.w, self.b = 0.0, 0.0
        self.losses = []

    def __call__(self, x):
        """像函数一样调用：返回预测值（第 8 天的 __call__）。"""
        return self.w * np.asarray(x, dtype=float) + self.b

    def loss(self, x, y):
        return np.mean((self(x) - y) ** 2)

    def gradients(self, x, y):
        """链式法则：r = w·x + b - y，∂L/∂w = 2·mean(r·x)，∂L/∂b = 2·mean(r)。"""
        r = self(x) - y
        return 2 * np.mean(r * x), 2 * np.mean(r)

    def fit(self, x, y):
        x, y = np.asarray(x, dtype=float), np.asarray(y, dtype=float)
        self.losses = [self.loss(x, y)]
        for _ in range(self.epochs):
            gw, gb = self.gradients(x, y)      # 先用旧参数算出整个梯度
            self.w -= self.lr * gw             # 再一起更新
            self.b -= self.lr * gb
            self.losses.append(self.loss(x, y))
        return self                            # 返回自己，可以写 LinearFit().fit(x, y)

    def __repr__(self):
        return f"LinearFit(w={self.w:.4f}, b={self.b:.4f}, lr={self.lr}, epochs={self.epochs})"


# 1. 数据：30 个学生，分数 ≈ 50 + 10 × 小时 + 噪声（数据是编的）
rng = np.random.default_rng(0)
hours = np.round(rng.uniform(0.5, 4.0, size=30), 1)
df = pd.DataFrame({"学习小时": hours,
                   "测验分": np.round(50 + 10 * hours + rng.normal(0, 4, size=30), 1)})
print(f"数据表 {df.shape}，前 3 行：")
print(df.head(3).to_string())
x, y = df["学习小时"].to_numpy(), df["测验分"].to_numpy()

# 2. 先核对梯度公式：和中心差分比较（第 12 天）
model = LinearFit()
model.w, model.b = 1.0, 2.0
h = 1e-5
num_gw = (np.mean(((1 + h) * x + 2 - y) ** 2) - np.mean(((1 - h) * x + 2 - y) ** 2)) / (2 * h)
num_gb = (np.mean((x + 2 + h - y) ** 2) - np.mean((x + 2 - h - y) ** 2)) / (2 * h)
print(f"\n在 w=1, b=2 处：公式梯度 ({model.gradients(x, y)[0]:.4f}, {model.gradients(x, y)[1]:.4f})，"
      f"数值梯度 ({num_gw:.4f}, {num_gb:.4f})")

# 3. 训练并与最小二乘解对照
model = LinearFit(lr=0.05, epochs=1000).fit(x, y)
print("\n训练后:", model)
for k in [0, 10, 50, 100, 300, 1000]:
    print(f"  第 {k:4d} 轮  损失 = {model.losses[k]:9.4f}")
w_ls, b_ls = np.polyfit(x, y, deg=1)
print(f"np.polyfit 最小二乘解: w = {w_ls:.4f}, b = {b_ls:.4f}")
print(f"预测：学习 3 小时 → {model(3.0):.2f} 分")

# 4. 学习率上限：损失的「弯曲程度」矩阵 2·[[mean x², mean x], [mean x, 1]] 的最大特征值
H = 2 * np.array([[np.mean(x**2), np.mean(x)], [np.mean(x), 1.0]])
lam = np.linalg.eigvalsh(H)
print(f"\n特征值 {lam.round(4)}，学习率上限 2/λ_max = {2 / lam[-1]:.4f}")
too_big = LinearFit(lr=0.2, epochs=30).fit(x, y)
print(f"lr = 0.2 训练 30 轮后损失 = {too_big.losses[-1]:.3e}（发散）")

# 5. 把预测写回表里，看残差
df["预测分"] = model(x).round(1)
df["残差"] = (df["预测分"] - df["测验分"]).round(1)
print(f"\n残差均值 {df['残差'].mean():.3f}，残差绝对值最大 {df['残差'].abs().max():.1f} 分")

fig, (ax1, ax2) = plt.subplots(1, 2, figsize=(6.4, 3.2), layout="constrained")
ax1.scatter(df["学习小时"], df["测验分"], s=15, color="tab:blue", label="数据")
grid = np.linspace(0.4, 4.1, 50)
ax1.plot(grid, model(grid), color="tab:red", label=f"梯度下降 y = {model.w:.2f}x + {model.b:.2f}")
ax1.plot(grid, w_ls * grid + b_ls, "--", color="black", lw=1, label="np.polyfit")
ax1.set_xlabel("学习小时")
ax1.set_ylabel("测验分")
ax1.set_title("拟合直线")
ax1.legend(fontsize=7)
ax2.semilogy(model.losses, color="tab:red")
ax2.set_xlabel("训练轮数")
ax2.set_ylabel("均方误差（对数刻度）")
ax2.set_title("损失曲线")
ax2.grid(alpha=0.3)
plt.show()
