"""基本数据类型、type() 与运算符

给几个变量赋值，用 type() 查看它们的类型，再试一遍算术、比较、逻辑运算和运算符优先级。
"""

# ---- 1. 变量与类型：名字 = 值 ----
model_name = "GPT"      # str：字符串，一段文字
num_layers = 12         # int：整数
learning_rate = 0.001   # float：浮点数（带小数点的数）
is_trained = False      # bool：布尔值，只有 True 和 False 两个取值
best_score = None       # None：表示“还没有值”

print("== 变量与类型 ==")
print("model_name    =", model_name, type(model_name))
print("num_layers    =", num_layers, type(num_layers))
print("learning_rate =", learning_rate, type(learning_rate))
print("is_trained    =", is_trained, type(is_trained))
print("best_score    =", best_score, type(best_score))

# 重新赋值：先算出右边 12 + 12 = 24，再把名字 num_layers 贴到 24 上
num_layers = num_layers + 12
print("层数加 12 之后:", num_layers)

# ---- 2. 算术运算 ----
a = 7
b = 2
print("== 算术运算（a = 7, b = 2）==")
print("a + b  =", a + b)
print("a - b  =", a - b)
print("a * b  =", a * b)
print("a / b  =", a / b, "  <- 真除法，结果总是 float")
print("a // b =", a // b, "    <- 整除，向下取整")
print("a % b  =", a % b, "    <- 取余数")
print("a ** b =", a ** b, "   <- 乘方")
print("-7 // 2 =", -7 // 2, "  <- 向下取整：-3.5 往下是 -4")
print("6 / 3  =", 6 / 3, type(6 / 3))

# ---- 3. 比较与逻辑运算：结果都是 bool ----
print("== 比较与逻辑 ==")
print("a > b        :", a > b)
print("a == 7       :", a == 7)
print("7 == 7.0     :", 7 == 7.0)
print("a != b       :", a != b)
print("a > 5 and b > 5 :", a > 5 and b > 5)
print("a > 5 or b > 5  :", a > 5 or b > 5)
print("not is_trained  :", not is_trained)

# ---- 4. 运算符优先级：先乘方，再乘除，再加减；括号最优先 ----
print("== 优先级 ==")
print("2 + 3 * 4      =", 2 + 3 * 4)
print("(2 + 3) * 4    =", (2 + 3) * 4)
print("-2 ** 2        =", -2 ** 2)
print("(-2) ** 2      =", (-2) ** 2)
print("2 ** 3 ** 2    =", 2 ** 3 ** 2)
print("10 - 4 - 3     =", 10 - 4 - 3)
print("1 + 2 > 2 and 3 % 2 == 1 :", 1 + 2 > 2 and 3 % 2 == 1)
