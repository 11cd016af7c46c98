"""A strict build stops, and says why, when a page or a record is broken (on a temporary copy)."""
from __future__ import annotations

import pytest

from conftest import copy_project, mkdocs_build


def _break_link(p):
    page = p / "docs/stage-1/week-01/day-01.md"
    page.write_text(page.read_text(encoding="utf-8") + "\n[坏链接](day-99.md)\n", encoding="utf-8")


def _stale_snippet(p):
    src = p / "snippets/week-01/d01_strings.py"
    src.write_text(src.read_text(encoding="utf-8") + "\nprint('改过了')\n", encoding="utf-8")


def _unknown_macro(p):
    page = p / "docs/stage-1/week-01/day-02.md"
    page.write_text(page.read_text(encoding="utf-8") + "\n{{ no_such_macro() }}\n", encoding="utf-8")


def _bad_formula(p):
    page = p / "docs/stage-1/week-01/day-03.md"
    page.write_text(page.read_text(encoding="utf-8") + "\n公式 $\\frac{1}{$ 没写完。\n", encoding="utf-8")


def _bad_data(p):
    data = p / "course.yml"
    data.write_text(data.read_text(encoding="utf-8").replace("weekday: 周二", "weekday: 周八", 1),
                    encoding="utf-8")


@pytest.mark.parametrize("breakage, expected", [
    (_break_link, "contains a link 'day-99.md', but the target 'stage-1/week-01/day-99.md' is not found"),
    (_stale_snippet, "代码片段 snippets/week-01/d01_strings.py 的运行记录已过期（代码改过了）；运行 `make snippets` 重新记录"),
    (_unknown_macro, "'no_such_macro' is undefined"),
    (_bad_data, "course.yml: 第 2 天 字段 weekday：取值应为"),
    (_bad_formula, "stage-1/week-01/day-03.md: KaTeX 无法渲染公式 '\\\\frac{1}{'"),
], ids=["broken internal link", "stale snippet record", "unknown macro", "bad course data", "bad formula"])
def test_strict_build_fails_and_says_why(tmp_path, breakage, expected):
    project = copy_project(tmp_path / "project")
    breakage(project)
    result = mkdocs_build(project, tmp_path / "site", GIT_DATES="false")
    output = result.stdout + result.stderr
    assert result.returncode != 0, "构建本应失败"
    assert expected in output, output[-3000:]
