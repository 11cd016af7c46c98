"""Every snippet runs again here and prints what its record says (two at a time, one per core)."""
from __future__ import annotations

import re

import pytest

from conftest import REPO
from macros.snippet_records import (all_snippets, figure_texts, outputs_match, read_record)
from macros.snippet_runner import run

SNIPPETS = all_snippets(REPO / "snippets")
SLOWEST_ALLOWED = 30.0  # seconds, from the content guide


def test_there_are_snippets():
    assert SNIPPETS


@pytest.mark.parametrize("paths", SNIPPETS, ids=[p.name for p in SNIPPETS])
def test_snippet_reproduces_its_record(paths):
    recorded = read_record(paths)  # fails if missing or stale, naming `make snippets`
    fresh = run(paths, REPO)
    assert fresh.returncode == 0, f"snippets/{paths.name} 运行失败：\n{fresh.stderr}"
    ok, difference = outputs_match(recorded.stdout, fresh.stdout)
    assert ok, f"snippets/{paths.name} 的输出与记录不同（{difference}）；确认后运行 make snippets"
    assert len(fresh.figures) == len(recorded.figures), f"snippets/{paths.name} 画出的图数量变了"
    for name, svg in zip(recorded.figures, fresh.figures):
        old = (paths.source.parent / name).read_text(encoding="utf-8")
        assert figure_texts(svg) == figure_texts(old), f"{name} 的文字标签变了"
    assert fresh.seconds < SLOWEST_ALLOWED, f"snippets/{paths.name} 用了 {fresh.seconds:.1f} 秒"


@pytest.mark.parametrize("paths", SNIPPETS, ids=[p.name for p in SNIPPETS])
def test_snippet_follows_the_conventions(paths):
    source = paths.source.read_text(encoding="utf-8")
    assert source.lstrip().startswith('"""'), f"snippets/{paths.name} 应以文档字符串开头（块标题）"
    assert "savefig" not in source, f"snippets/{paths.name}：用 plt.show()，记录器会保存图"
    # a printed timing differs on every run, so the page could never show "what the code printed"
    assert not re.search(r"^\s*(import time\b|from time import)|perf_counter|time\.time\(", source, re.M), \
        f"snippets/{paths.name}：输出里不能有计时（每次运行都不同）；要讲快慢，就数运算次数或内存"
    uses_random = re.search(r"\brandom\b|default_rng|torch\.rand", source)
    if uses_random:
        assert re.search(r"seed|default_rng\(\d", source), f"snippets/{paths.name} 用了随机数却没有设种子"


def test_every_snippet_is_shown_on_a_page():
    pages = "\n".join(p.read_text(encoding="utf-8") for p in (REPO / "docs").rglob("*.md"))
    shown = set(re.findall(r"""snippet\(\s*["']([^"']+)["']""", pages))
    orphans = [p.name for p in SNIPPETS if p.name not in shown]
    assert not orphans, f"没有页面使用这些代码片段：{orphans}"


def test_records_are_not_orphaned():
    sources = {p.source.stem for p in SNIPPETS}
    for record in (REPO / "snippets").glob("week-*/*.record.json"):
        assert record.name.removesuffix(".record.json") in sources, f"{record} 没有对应的代码片段"
