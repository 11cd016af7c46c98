"""if 分支与 for / while 循环

用 if / elif / else 给分数评级；用 for 配合 range、enumerate、zip 遍历；
用 while 模拟大模型“一个词元一个词元地生成，遇到结束符就停下”。
"""

# ---- 1. if / elif / else：从上往下，第一个为真的分支执行 ----
print("== 分数评级 ==")
scores = [95, 82, 67, 58]
for score in scores:
    if score >= 90:
        level = "优秀"
    elif score >= 80:
        level = "良好"
    elif score >= 60:
        level = "及格"
    else:
        level = "不及格"
    print(f"{score} 分 -> {level}")

# ---- 2. range：生成一串整数（含开头，不含结尾）----
print("== range ==")
print("list(range(5))        =", list(range(5)))
print("list(range(2, 6))     =", list(range(2, 6)))
print("list(range(1, 10, 3)) =", list(range(1, 10, 3)))

total = 0
for i in range(1, 101):
    total = total + i
print("1 + 2 + ... + 100 =", total)

# ---- 3. enumerate 带编号遍历，zip 并排遍历 ----
print("== enumerate 与 zip ==")
tokens = ["我", "爱", "大", "模型"]
ids = [5, 8, 2, 13]
for position, token in enumerate(tokens):
    print(f"第 {position} 个词元: {token}")
for token, token_id in zip(tokens, ids):
    print(f"{token} -> {token_id}")

# ---- 4. while + continue + break：模拟逐个生成词元 ----
print("== while 模拟生成 ==")
candidates = ["今天", "天气", "<空>", "很", "好", "<结束>", "吗"]
output = []
step = 0
max_steps = 10  # 上限：防止永远停不下来
while step < max_steps:
    token = candidates[step]
    step = step + 1
    if token == "<空>":
        continue  # 跳过这一轮剩下的代码，直接进入下一轮
    if token == "<结束>":
        break  # 立刻结束整个循环
    output.append(token)
print("生成结果:", "".join(output))
print("循环执行了", step, "轮")
