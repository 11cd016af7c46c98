"""自己写一个模块：import 导入它，python 直接运行它，__name__ 决定走哪条路

为了让这个例子不依赖别的文件，程序先在一个临时文件夹里写出模块 textkit.py
和一个小包 nlptools/，然后像平常一样导入它们。你自己做时，直接在编辑器里
新建这些文件即可。
"""
import subprocess
import sys
import tempfile
from pathlib import Path

TEXTKIT = '''\
"""textkit：几个处理中文文本的小函数。"""

print(f"  [textkit 顶层代码] __name__ = {__name__!r}")

PUNCTUATION = "，。！？、；："


def clean(text):
    """去掉中文标点和首尾空白。"""
    return "".join(ch for ch in text if ch not in PUNCTUATION).strip()


def char_count(text):
    """统计每个字出现的次数，返回字典。"""
    counts = {}
    for ch in clean(text):
        counts[ch] = counts.get(ch, 0) + 1
    return counts


if __name__ == "__main__":
    # 只有“直接运行本文件”时才执行：适合放自测代码
    print("  [textkit 自测] clean('你好，世界！') =", clean("你好，世界！"))
'''

VOCAB = '''\
"""nlptools.vocab：从词元列表建词表。"""


def build_vocab(tokens):
    vocab = {}
    for t in tokens:
        vocab.setdefault(t, len(vocab))  # 第一次见到就给下一个编号
    return vocab
'''

with tempfile.TemporaryDirectory() as tmp:
    root = Path(tmp)
    (root / "textkit.py").write_text(TEXTKIT, encoding="utf-8")
    (root / "nlptools").mkdir()
    (root / "nlptools" / "__init__.py").write_text('"""nlptools 包"""\n', encoding="utf-8")
    (root / "nlptools" / "vocab.py").write_text(VOCAB, encoding="utf-8")
    sys.path.insert(0, tmp)  # 让 import 也到这个文件夹里找模块

    print("① 第一次 import textkit：模块的顶层代码执行一遍")
    import textkit
    print("  textkit.clean('大模型，你好！') =", textkit.clean("大模型，你好！"))

    print("② 再次导入：模块已缓存在 sys.modules 里，顶层代码不再执行")
    import textkit as tk
    from textkit import char_count
    print("  tk is textkit:", tk is textkit, "| 'textkit' in sys.modules:", "textkit" in sys.modules)
    print("  char_count('好好学习') =", char_count("好好学习"))
    print("  模块来自文件:", Path(textkit.__file__).name)

    print("③ 从包里导入：文件夹 nlptools/ + __init__.py 就是一个包")
    from nlptools.vocab import build_vocab
    print("  build_vocab(...) =", build_vocab(["我", "爱", "我", "的", "猫"]))

    print("④ 在命令行运行 python textkit.py：__name__ 变成 '__main__'")
    run = subprocess.run([sys.executable, "textkit.py"], cwd=tmp,
                         capture_output=True, text=True, encoding="utf-8")
    print(run.stdout, end="")

print("本程序自己的 __name__ =", repr(__name__))
