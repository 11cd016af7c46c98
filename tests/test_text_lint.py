"""The pages' text: Chinese/English typography (autocorrect-py) and Markdown lint (pymarkdownlnt).

Both read their settings from the repository root (.autocorrectrc, .pymarkdown.yml) and leave code
alone; CONTRIBUTING.md says which rules are on and why some are off.
"""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from conftest import REPO
from tools import typography


def test_typography_of_every_page():
    typography.load_config()
    problems = [line for page in typography.pages([]) for line in typography.lint(page)]
    assert not problems, ("中英文排版问题（python tools/typography.py --fix 文件 可以自动修正 Markdown）：\n"
                          + "\n".join(problems[:30]))


def test_typography_leaves_code_and_formulas_alone():
    typography.load_config()
    text = ("---\nrender_macros: true\n---\n\n1. 练习\n\n    ??? success \"参考答案\"\n\n        ```python\n"
            "        print(f\"平均分: {x}\")\n        ```\n\n$$\nP(\\text{我, 喜欢})\n$$\n\n用Python计算\n")
    mask = typography.prose_mask(text)
    kept = [line for line, k in zip(text.split("\n"), mask) if k]
    assert "用Python计算" in kept and not any("平均分" in k or "喜欢" in k or "render_macros" in k for k in kept)


def test_markdown_lint_of_every_page():
    binary = shutil.which("pymarkdownlnt", path=str(Path(sys.executable).parent)) or shutil.which("pymarkdownlnt")
    assert binary, "pymarkdownlnt 没有安装（pip install --group test）"
    result = subprocess.run([binary, "scan", "-r", "docs"], cwd=REPO, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, "Markdown 检查（设置见 .pymarkdown.yml）：\n" + (result.stdout + result.stderr)[-4000:]
