"""字符串：数一数一句中文有几个字

字符串是大模型的原材料。这里看 len()、下标、切片、拼接，以及字符串和数字之间的转换。
"""

sentence = "大模型正在改变世界"
print("句子:", sentence)
print("len(sentence)  =", len(sentence), "  <- 一个汉字算 1 个字符")
print("sentence[0]    =", sentence[0], "   <- 下标从 0 开始")
print("sentence[-1]   =", sentence[-1], "   <- 负数下标从末尾数")
print("sentence[0:3]  =", sentence[0:3], " <- 切片：含开头，不含结尾")
print("sentence[3:]   =", sentence[3:])

mixed = "我爱 LLM!"
print("len('我爱 LLM!')   =", len(mixed), "  <- 空格和英文字母、标点也各算 1 个")

# 拼接与重复
print("'大' + '模型'  =", "大" + "模型")
print("'哈' * 3       =", "哈" * 3)
print("'模型' in sentence :", "模型" in sentence)

# 字符串里的数字不是数字
print("'3' + '4'      =", "3" + "4")
print("int('3') + int('4') =", int("3") + int("4"))
print("str(12) + '层' =", str(12) + "层")
print("float('0.5') * 2 =", float("0.5") * 2)

# 预告：计算机内部存的是字节，一个汉字在 UTF-8 编码下占 3 个字节
print("'大'.encode('utf-8') 的字节数 =", len("大".encode("utf-8")))
print("'A'.encode('utf-8') 的字节数  =", len("A".encode("utf-8")))
