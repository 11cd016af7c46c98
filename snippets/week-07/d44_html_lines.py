"""一篇网页的清洗过程：去掉 HTML（与标准库 html.parser 对照），再逐行判断去留"""
import html
import json
import re
from html.parser import HTMLParser
from pathlib import Path

pages = {d["url"].split("/", 3)[3]: d["text"] for d in map(json.loads, Path("data/web_text/pages.jsonl").open(encoding="utf-8"))}


def strip_html(text):
    text = re.sub(r"(?is)<(script|style)\b.*?</\1>", "", text)  # 脚本和样式连内容一起删
    text = re.sub(r"(?s)<!--.*?-->", "", text)                  # 注释
    text = re.sub(r"<[^>]+>", "", text)                          # 其余标签只删标签本身
    text = html.unescape(text)                                   # 实体 → 字符
    lines = [re.sub(r"\s+", " ", ln).strip() for ln in text.split("\n")]
    return "\n".join(ln for ln in lines if ln)


class TextOnly(HTMLParser):
    """标准库的 HTML 解析器：收集标签之间的文字，跳过 script 和 style 的内容。"""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts, self.skip = [], False

    def handle_starttag(self, tag, attrs):
        self.skip = tag in ("script", "style")

    def handle_endtag(self, tag):
        self.skip = False

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


raw = pages["life/umbrella.html"]
print("原始网页：")
print(raw)
mine = strip_html(raw)
parser = TextOnly()
parser.feed(raw)
ref = "\n".join(ln for ln in (re.sub(r"\s+", " ", x).strip() for x in "".join(parser.parts).split("\n")) if ln)
print("\n去掉 HTML 之后：")
print(mine)
print("与 html.parser 的结果相同：", mine == ref)
print("是否还含 &、<、>：", any(c in mine for c in "&<>"), " 不间断空格 \\xa0 已变成普通空格：", "\xa0" not in mine)

TERMINAL = tuple("。！？!?.」”\"")  # 省略号不算：C4 也丢掉以 ... 结尾的行
POLICY = ["cookie", "版权所有", "all rights reserved", "隐私政策", "privacy policy", "terms of use"]


def reason(line):
    low = line.lower()
    if not line.endswith(TERMINAL):
        return "删：不以句末标点结尾"
    if len(line) < 8:
        return "删：少于 8 个字符"
    if "javascript" in low:
        return "删：含 javascript"
    if any(p in low for p in POLICY):
        return "删：版权或 Cookie 声明"
    return "留"


print("\n逐行判断（summer/sun.html）：")
for line in strip_html(pages["summer/sun.html"]).split("\n") + ["本站使用 Cookie 以改善您的浏览体验。", "谢谢！"]:
    print(f"  {reason(line):<14} {line[:30]}")
