"""算法擂台参考实现：葡萄酒数据上五种分类器的 5 折分层交叉验证比较

协议：先留出 30% 作测试集锁起来；在训练集上做 5 折分层交叉验证（验证），
用 pandas 汇总准确率与宏平均 F1 并排名；选出冠军后用全部训练集重训，测试集只用一次。
每个模型都放进「标准化 + 模型」流水线，标准化只在每一折的训练部分上拟合。
"""
import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from sklearn.datasets import load_wine
from sklearn.dummy import DummyClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import accuracy_score, f1_score
from sklearn.model_selection import StratifiedKFold, cross_validate, train_test_split
from sklearn.naive_bayes import GaussianNB
from sklearn.neighbors import KNeighborsClassifier
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.svm import SVC
from sklearn.tree import DecisionTreeClassifier

pd.set_option("display.unicode.east_asian_width", True)  # 让含中文的表格列对齐

X, y = load_wine(return_X_y=True)
X_tr, X_te, y_tr, y_te = train_test_split(X, y, test_size=0.3, stratify=y, random_state=0)
print(f"葡萄酒数据：{X.shape[0]} 个样本、{X.shape[1]} 个特征，三个品种各 {np.bincount(y).tolist()} 个")
print(f"训练集 {len(y_tr)} 个（做 5 折交叉验证），测试集 {len(y_te)} 个（锁起来，最后只用一次）\n")


def make_models():
    return {
        "逻辑回归": LogisticRegression(max_iter=1000),
        "决策树(深度4)": DecisionTreeClassifier(max_depth=4, random_state=0),
        "KNN(k=5)": KNeighborsClassifier(n_neighbors=5),
        "SVM(RBF)": SVC(kernel="rbf", C=1.0),
        "高斯朴素贝叶斯": GaussianNB(),
        "多数类基线": DummyClassifier(strategy="most_frequent"),
    }


def arena(seed):
    """用某个打乱种子做一次 5 折分层交叉验证，返回每个模型的各项分数。"""
    cv = StratifiedKFold(n_splits=5, shuffle=True, random_state=seed)
    rows = {}
    for name, model in make_models().items():
        r = cross_validate(make_pipeline(StandardScaler(), model), X_tr, y_tr, cv=cv,
                           scoring=["accuracy", "f1_macro"], return_train_score=True)
        rows[name] = {"准确率": r["test_accuracy"].mean(), "准确率std": r["test_accuracy"].std(),
                      "宏F1": r["test_f1_macro"].mean(), "宏F1std": r["test_f1_macro"].std(),
                      "训练准确率": r["train_accuracy"].mean()}
    return pd.DataFrame(rows).T


table = arena(seed=0).sort_values("宏F1", ascending=False)
table["名次"] = np.arange(1, len(table) + 1)
print("5 折分层交叉验证（只用训练集），按宏平均 F1 排序：")
print(table.round(4).to_string())

# 名次稳不稳？换几种折的划分方式（打乱种子）再比几次
ranks = pd.DataFrame({f"种子{s}": arena(s)["宏F1"].rank(ascending=False).astype(int) for s in range(5)})
print("\n换 5 种折划分时各模型的名次：")
print(ranks.loc[table.index].to_string())

champion, runner_up = table.index[0], table.index[1]
gap = table.loc[champion, "宏F1"] - table.loc[runner_up, "宏F1"]
print(f"\n冠军「{champion}」领先「{runner_up}」{gap:.4f}，"
      f"而冠军各折的标准差是 {table.loc[champion, '宏F1std']:.4f}")

# 选定冠军：用全部训练集重训，测试集只用这一次
final = make_pipeline(StandardScaler(), make_models()[champion]).fit(X_tr, y_tr)
pred = final.predict(X_te)
print(f"测试集（只看这一次）：准确率 {accuracy_score(y_te, pred):.4f}，"
      f"宏平均 F1 {f1_score(y_te, pred, average='macro'):.4f}，错了 {np.sum(pred != y_te)} 个 / {len(y_te)} 个")

# 图：各模型的交叉验证宏 F1（误差线为 ±1 个标准差）
fig, ax = plt.subplots(figsize=(6, 3.5), layout="constrained")
colors = ["tab:gray" if name == "多数类基线" else "tab:blue" for name in table.index]
ax.barh(table.index, table["宏F1"], xerr=table["宏F1std"], color=colors, alpha=0.7, capsize=4)
ax.invert_yaxis()  # 第一名在最上面
ax.set_xlim(0, 1.05)
ax.set_xlabel("5 折交叉验证的宏平均 F1（误差线为 ±1 个标准差）")
ax.set_title("算法擂台：葡萄酒数据上的五种分类器")
plt.show()
