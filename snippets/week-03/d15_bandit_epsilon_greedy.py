"""强化学习入门：ε-贪心智能体玩 5 臂老虎机

环境：5 台老虎机（5 个动作），拉第 a 台时以概率 p[a] 得到奖励 1，否则得到 0。
智能体不知道 p，只能边拉边记：Q[a] 是它对第 a 台平均奖励的估计。
每一步以概率 ε 随便拉一台（探索），否则拉当前 Q 最大的那台（利用）。
"""
import matplotlib.pyplot as plt
import numpy as np

np.set_printoptions(precision=3, suppress=True)
TRUE_P = np.array([0.30, 0.55, 0.45, 0.70, 0.60])   # 只有环境知道；最好的是第 3 台（从 0 数）
BEST = int(np.argmax(TRUE_P))


class Bandit:
    """环境：接收动作，返回奖励"""

    def __init__(self, probs, rng):
        self.probs = probs
        self.rng = rng

    def pull(self, arm):
        return float(self.rng.random() < self.probs[arm])


class EpsilonGreedyAgent:
    """智能体：ε-贪心策略 + 用增量平均更新 Q"""

    def __init__(self, n_arms, epsilon, rng):
        self.epsilon = epsilon
        self.rng = rng
        self.Q = np.zeros(n_arms)      # 每台机器的平均奖励估计
        self.N = np.zeros(n_arms)      # 每台机器被拉过几次

    def act(self):
        if self.rng.random() < self.epsilon:                 # 探索
            return int(self.rng.integers(len(self.Q)))
        best = np.flatnonzero(self.Q == self.Q.max())        # 利用；并列最大时随机挑一台
        return int(best[0]) if len(best) == 1 else int(self.rng.choice(best))

    def update(self, arm, reward):
        self.N[arm] += 1
        self.Q[arm] += (reward - self.Q[arm]) / self.N[arm]  # 新平均 = 旧平均 + (新值 - 旧平均) / 次数


def run(epsilon, steps, seed):
    rng = np.random.default_rng(seed)
    env, agent = Bandit(TRUE_P, rng), EpsilonGreedyAgent(len(TRUE_P), epsilon, rng)
    rewards, best_chosen = np.zeros(steps), np.zeros(steps)
    for t in range(steps):                  # 智能体—环境循环
        arm = agent.act()                   # 1. 智能体选动作
        reward = env.pull(arm)              # 2. 环境给奖励
        agent.update(arm, reward)           # 3. 智能体根据奖励更新自己
        rewards[t], best_chosen[t] = reward, arm == BEST
    return rewards, best_chosen, agent


STEPS, RUNS = 1000, 200                     # 每种 ε 独立玩 200 局、每局 1000 步，取平均
settings = [(0.0, "ε = 0（只利用）"), (0.1, "ε = 0.1"), (1.0, "ε = 1（只探索，随机拉）")]
curves = {}
print(f"真实中奖概率 {TRUE_P}，最好的机器是第 {BEST} 台（p = {TRUE_P[BEST]:.2f}）\n")
for eps, name in settings:
    results = [run(eps, STEPS, seed) for seed in range(RUNS)]
    avg_reward = np.mean([r for r, _, _ in results], axis=0)     # 每一步在 200 局上的平均
    avg_best = np.mean([b for _, b, _ in results], axis=0)
    curves[name] = avg_reward
    print(f"{name}：平均奖励 前 100 步 {avg_reward[:100].mean():.3f} → 最后 100 步 "
          f"{avg_reward[-100:].mean():.3f}，最后 100 步选中最好机器 {avg_best[-100:].mean():.1%}")

_, _, agent = run(0.1, STEPS, seed=0)
print("\nε = 0.1 的第 0 局结束时：")
print("  估计 Q =", agent.Q)
print("  真实 p =", TRUE_P)
print("  各台拉的次数 N =", agent.N.astype(int))

fig, ax = plt.subplots(figsize=(6, 3.5), layout="constrained")
window = 50
for name, curve in curves.items():
    smooth = np.convolve(curve, np.ones(window) / window, mode="valid")   # 50 步滑动平均，曲线更平滑
    ax.plot(np.arange(window, STEPS + 1), smooth, label=name)
ax.axhline(TRUE_P[BEST], color="gray", ls="--", lw=1, label="最好机器的期望奖励 0.70")
ax.set_xlabel("步数")
ax.set_ylabel("平均奖励（200 局平均）")
ax.set_title("ε-贪心：边探索边利用，奖励逐步上升")
ax.set_ylim(0.3, 0.75)
ax.grid(True, alpha=0.3)
ax.legend(fontsize=8, loc="lower right")
plt.show()
