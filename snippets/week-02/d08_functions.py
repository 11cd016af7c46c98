"""函数：默认值、关键字参数、*args 与 **kwargs、作用域和可变默认值陷阱

用一个“把词元列表截断或补齐到固定长度”的函数做例子：大模型把一批句子
拼成一个矩阵之前，正要先做这件事。
"""


def pad_or_truncate(tokens, max_len=5, pad="<pad>"):
    """把词元列表截断或补齐到 max_len 个，返回新列表。"""
    kept = tokens[:max_len]
    return kept + [pad] * (max_len - len(kept))


tokens = ["我", "爱", "大", "模型"]
print("1. 只给位置参数:        ", pad_or_truncate(tokens))
print("2. 覆盖第一个默认值:    ", pad_or_truncate(tokens, 3))
print("3. 关键字参数可以换顺序:", pad_or_truncate(tokens, pad="[P]", max_len=6))
try:
    pad_or_truncate(tokens, 6, "[P]", "多余")
except TypeError as err:
    print("4. 位置参数给多了:", err)
print("文档字符串:", pad_or_truncate.__doc__)


# 多个返回值其实是一个元组
def min_max(values):
    return min(values), max(values)


result = min_max([3, 9, 1, 7])
low, high = result  # 拆包
print("\nmin_max 返回:", result, type(result).__name__, "| 拆包后:", low, high)


# *args 收集多出来的位置参数（元组），**kwargs 收集多出来的关键字参数（字典）
def show(first, *args, **kwargs):
    print(f"   first={first!r}  args={args}  kwargs={kwargs}")


print("\n*args 与 **kwargs:")
show(1)
show(1, 2, 3, lr=0.01, epochs=3)
nums, options = [10, 20], {"max_len": 2}
show(*nums, **options)                     # 调用时 * 和 ** 反过来“展开”
print("   展开字典传参:", pad_or_truncate(tokens, **options))

# 作用域：函数里赋值的名字默认是局部变量
counter = 0


def set_local():
    counter = 100          # 新建了一个局部变量 counter，与外面的无关
    return counter


def add_global():
    global counter         # 声明：这里的 counter 就是全局的那个
    counter += 1


def broken():
    counter += 1           # 赋值让 counter 成了局部变量，可它还没有值


print("\n作用域:")
print(f"   set_local() 返回 {set_local()}，全局 counter 仍是 {counter}")
add_global()
print("   add_global() 之后全局 counter =", counter)
try:
    broken()
except UnboundLocalError as err:
    print("   broken() 报错 UnboundLocalError:", err)


# 陷阱：默认值只在 def 执行时创建一次，可变对象会被所有调用共享
def append_bad(token, seq=[]):
    seq.append(token)
    return seq


def append_good(token, seq=None):
    if seq is None:        # 每次调用都新建一个空列表
        seq = []
    seq.append(token)
    return seq


print("\n可变默认值:")
print("   第 1 次 append_bad('a') ->", append_bad("a"))
print("   第 2 次 append_bad('b') ->", append_bad("b"), " <- 'a' 还在！")
print("   append_bad 的默认值已变成:", append_bad.__defaults__)
print("   第 1 次 append_good('a') ->", append_good("a"))
print("   第 2 次 append_good('b') ->", append_good("b"))

# lambda：一次性的小函数，常作 sorted 的 key
freq = {"的": 5, "模型": 3, "词元": 3, "大": 4}
ranked = sorted(freq, key=lambda w: (-freq[w], w))  # 先按次数从大到小，再按字符串排
print("\n按频率排序:", ranked)
