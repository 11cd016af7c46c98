"""英文分词：str.split、正则表达式和 NLTK 的离线分词器"""
import re

from nltk.tokenize import RegexpTokenizer, wordpunct_tokenize

text = "Don't panic: the U.S. team's e-mail cost $3.50, and GPT-4 replied \"OK!\""
print("原句：", text)

# 1. 只按空白切：标点粘在词上
print("\nstr.split()      ", text.split())

# 2. 最朴素的正则：只要连续的字母数字
print("\\w+              ", re.findall(r"\w+", text))

# 3. NLTK 的 wordpunct_tokenize：字母数字一段、标点一段
print("wordpunct        ", wordpunct_tokenize(text))

# 4. 自己写规则的 RegexpTokenizer：按顺序尝试，先匹配的规则优先
pattern = r"""(?x)              # x 标志：允许在模式里写空白和注释
      (?:[A-Za-z]\.){2,}        # 缩写，如 U.S.
    | \$?\d+(?:\.\d+)?          # 金额和小数，如 $3.50
    | \w+(?:[-']\w+)*           # 带连字符或撇号的词，如 e-mail、Don't、team's
    | [^\w\s]                   # 其余单个标点
"""
tokenizer = RegexpTokenizer(pattern)
tokens = tokenizer.tokenize(text)
print("RegexpTokenizer  ", tokens)

# 5. 大小写归一：统计词频前通常统一成小写
print("\n小写后           ", [t.lower() for t in tokens if re.search(r"\w", t)])
words = "The model trains. the MODEL predicts; The end".split()
print("不归一的词表大小", len({w.strip(".;") for w in words}),
      " 归一后", len({w.strip(".;").lower() for w in words}))
