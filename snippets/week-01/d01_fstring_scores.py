"""用 f-string 格式化平均分

求三门课的平均分，用 f-string 控制小数位数；再看浮点数 0.1 + 0.2 的小误差该怎么比较。
"""

math_score = 88
english_score = 92.5
python_score = 80

total = math_score + english_score + python_score
average = total / 3

print("总分:", total)
print("平均分（直接打印）:", average)
print(f"平均分（保留 2 位）: {average:.2f}")
print(f"平均分（保留 1 位）: {average:.1f}")
print(f"平均分（保留 0 位）: {average:.0f}")
print(f"Python 课比平均分低 {average - python_score:.2f} 分")

# f-string 的其他常用格式
pass_rate = 0.8567
n_tokens = 1234567
print(f"通过率（百分比，1 位小数）: {pass_rate:.1%}")
print(f"训练用了 {n_tokens:,} 个词元")
print(f"学习率写成科学计数法: {0.0003:.1e}")

# 浮点数不是精确的小数
x = 0.1 + 0.2
print("0.1 + 0.2 =", x)
print("0.1 + 0.2 == 0.3 ?", x == 0.3)
print(f"保留 2 位显示: {x:.2f}")
print("两者之差小于 1e-9 ?", abs(x - 0.3) < 1e-9)
print("round(2.5) =", round(2.5), " round(3.5) =", round(3.5), " <- 恰好一半时取偶数")
