"""scikit-learn 的决策树：在葡萄酒数据上训练，用 export_text 读出学到的规则

同一份划分（70% 训练、30% 测试，分层抽样），比较不同最大深度的树：
训练准确率随深度上升，直到不限深度时满分；测试准确率却不跟着同步上升。
"""
from sklearn.datasets import load_wine
from sklearn.model_selection import train_test_split
from sklearn.tree import DecisionTreeClassifier, export_text

data = load_wine()
X_tr, X_te, y_tr, y_te = train_test_split(
    data.data, data.target, test_size=0.3, stratify=data.target, random_state=0)

print("最大深度   实际深度  叶子数  训练准确率  测试准确率")
for depth in [1, 2, 3, None]:
    tree = DecisionTreeClassifier(max_depth=depth, random_state=0).fit(X_tr, y_tr)
    print(f"{str(depth):>6}   {tree.get_depth():>8}  {tree.get_n_leaves():>6}"
          f"  {tree.score(X_tr, y_tr):10.4f}  {tree.score(X_te, y_te):10.4f}")

# 深度为 2 的树只有 4 片叶子，规则一眼能读完
tree = DecisionTreeClassifier(max_depth=2, random_state=0).fit(X_tr, y_tr)
print("\n深度为 2 的树学到的规则（class 0/1/2 是三个葡萄品种）：")
print(export_text(tree, feature_names=list(data.feature_names), show_weights=True))

# 特征重要性：每个特征带来的基尼下降之和（已归一化到和为 1）
ranked = sorted(zip(tree.feature_importances_, data.feature_names), reverse=True)
print("特征重要性：", "，".join(f"{name} {imp:.3f}" for imp, name in ranked if imp > 0))
