"""course.yml: the real file is valid, well planned, and bad input gets a clear message.

Each message names the file, the day (or reading) and the field; the wording is pinned here.
"""
from __future__ import annotations

import copy
import datetime as dt
import re
from pathlib import Path

import markdown
import pytest
import yaml
from bs4 import BeautifulSoup

from conftest import REPO
from macros.course_model import (ARXIV_RE, DAYS_IN_COURSE, CourseDataError, load_course)
from macros.day_page import render_header
from macros.calendar_page import render_calendar

RAW = yaml.safe_load((REPO / "course.yml").read_text(encoding="utf-8"))


def day(raw: dict, n: int) -> dict:
    return next(d for s in raw["stages"] for w in s["weeks"] for d in w["days"] if d["day"] == n)


def week(raw: dict, n: int) -> dict:
    return next(w for s in raw["stages"] for w in s["weeks"] if w["number"] == n)


def problems(tmp_path: Path, mutate, pages: tuple[str, ...] = ()) -> list[str]:
    raw = copy.deepcopy(RAW)
    mutate(raw)
    (tmp_path / "course.yml").write_text(yaml.safe_dump(raw, allow_unicode=True), encoding="utf-8")
    docs = tmp_path / "docs"
    for page in pages:
        (docs / page).parent.mkdir(parents=True, exist_ok=True)
        (docs / page).write_text("# x\n", encoding="utf-8")
    docs.mkdir(exist_ok=True)
    with pytest.raises(CourseDataError) as info:
        load_course(tmp_path / "course.yml", docs)
    return info.value.problems


# --- the real file ----------------------------------------------------------------------------

def test_real_file_validates(course):
    assert len(course.days) == DAYS_IN_COURSE
    assert [d.number for d in course.days] == list(range(1, DAYS_IN_COURSE + 1))
    assert len(course.stages) == 4 and len(course.weeks) == 13


def test_every_day_is_planned_to_the_content_guide(course):
    for d in course.days:
        assert 3 <= len(d.data.objectives) <= 5, d.number
        assert 120 <= d.data.minutes.total <= 180, f"第 {d.number} 天共 {d.data.minutes.total} 分钟"
        if d.data.kind == "lesson":
            assert d.data.readings, f"第 {d.number} 天（课程日）没有阅读"


def test_every_reading_is_used(course):
    unused = [r.id for r in course.data.readings if not course.days_using(r.id)]
    assert not unused, f"没有被任何一天用到的阅读条目：{unused}"


def test_arxiv_readings_use_abs_pages(course):
    for r in course.data.readings:
        if "arxiv.org" in r.url:
            assert ARXIV_RE.match(r.url), r.id


def test_week_one_and_two_are_planned_and_all_weeks_have_titles(course):
    assert all(w.title and w.theme for w in course.weeks)
    assert all(len(w.days) == 7 for w in course.weeks)


def _seed_items() -> list[tuple[str, str]]:
    """(section, bullet) pairs of the topic roadmap in the user's original text."""
    text = (REPO / "tests/data/roadmap_seed.md").read_text(encoding="utf-8")
    topic_part = text.split("# 大模型（LLM）零基础学习路线 - 3个月每日课程规划")[0]
    items, section = [], None
    for line in topic_part.splitlines():
        if line.startswith("#### "):
            section = line[5:].strip()
        elif line.startswith("- ") and section:
            items.append((section, line[2:].strip()))
    return items


def test_every_roadmap_item_is_taught_on_some_day(course):
    seed = _seed_items()
    assert len(seed) >= 25  # the seed's topic roadmap has that many bullets
    mapped = {(i.section, i.item): i.days for i in course.data.roadmap}
    missing = [item for item in seed if item not in mapped]
    assert not missing, f"路线图条目没有对应的天：{missing}"


# --- bad input: one clear message each --------------------------------------------------------

CASES = {
    "unknown reading id": (
        lambda r: day(r, 3)["readings"].__setitem__(0, {"id": "vaswani2071"}),
        "course.yml: 第 3 天 字段 readings[0].id：未知的阅读条目 'vaswani2071'"),
    "duplicate day number": (
        lambda r: day(r, 4).__setitem__("day", 3),
        "course.yml: 第 3 天 字段 day：天数重复"),
    "day count is not 91": (
        lambda r: week(r, 13)["days"].pop(),
        "course.yml: 字段 stages[].weeks[].days：课程应有 91 天，实际 90 天"),
    "gap in numbering": (
        lambda r: week(r, 7)["days"].pop(2),
        "course.yml: 第 46 天 字段 day：编号不连续，前一天是第 44 天"),
    "weekday out of order": (
        lambda r: day(r, 2).__setitem__("weekday", "周三"),
        "course.yml: 第 2 天 字段 weekday：应为周二，实际是周三"),
    "kind does not fit the weekday": (
        lambda r: day(r, 6).__setitem__("kind", "lesson"),
        "course.yml: 第 6 天 字段 kind：周六应为 review，实际是 lesson"),
    "start date not a Monday": (
        lambda r: r["course"].__setitem__("start_date", dt.date(2027, 1, 5)),
        "course.yml: 字段 course.start_date：开课日期必须是周一，2027-01-05 是周二"),
    "missing required field": (
        lambda r: day(r, 5).pop("title"),
        "course.yml: 第 5 天 字段 title：缺少必填字段"),
    "wrong type": (
        lambda r: day(r, 1)["minutes"].__setitem__("theory", "六十"),
        "course.yml: 第 1 天 字段 minutes.theory：应为整数，实际是 字符串 '六十'"),
    "unknown field (typo)": (
        lambda r: day(r, 1).__setitem__("objectivs", ["x"]),
        "course.yml: 第 1 天 字段 objectivs：不认识的字段（拼写错误？）"),
    "unknown prerequisite": (
        lambda r: day(r, 9).__setitem__("prerequisites", [200]),
        "course.yml: 第 9 天 字段 prerequisites[0]：不存在第 200 天"),
    "prerequisite in the future": (
        lambda r: day(r, 3).__setitem__("prerequisites", [5]),
        "course.yml: 第 3 天 字段 prerequisites[0]：先修的第 5 天不在今天之前"),
    "duplicate reading id": (
        lambda r: r["readings"].append(copy.deepcopy(r["readings"][0])),
        f"course.yml: 阅读条目 '{RAW['readings'][0]['id']}' 字段 id：id 重复"),
    "malformed URL": (
        lambda r: r["readings"][0].__setitem__("url", "http://docs.python.org/3/"),
        f"course.yml: 阅读条目 '{RAW['readings'][0]['id']}' 字段 url：应为完整的 https 网址，"
        "实际是 'http://docs.python.org/3/'"),
    "arXiv link that is not an abs page": (
        lambda r: r["readings"][0].__setitem__("url", "https://arxiv.org/pdf/1706.03762"),
        f"course.yml: 阅读条目 '{RAW['readings'][0]['id']}' 字段 url：arXiv 链接应为 "
        "https://arxiv.org/abs/编号，实际是 'https://arxiv.org/pdf/1706.03762'"),
    "unknown day kind": (
        lambda r: day(r, 1).__setitem__("kind", "lecture"),
        "course.yml: 第 1 天 字段 kind：取值应为 'lesson', 'review' or 'summary' 之一，实际是 字符串 'lecture'"),
    "unknown reading kind": (
        lambda r: r["readings"][0].__setitem__("kind", "blog"),
        f"course.yml: 阅读条目 '{RAW['readings'][0]['id']}' 字段 kind：取值应为 'paper', 'book', "
        "'docs', 'course' or 'video' 之一，实际是 字符串 'blog'"),
    "empty objectives": (
        lambda r: day(r, 1).__setitem__("objectives", []),
        "course.yml: 第 1 天 字段 objectives：应有至少 3 项，实际 0 项"),
    "day written in the wrong week": (
        lambda r: week(r, 2)["days"].insert(0, week(r, 1)["days"].pop()),
        "course.yml: 第 7 天 字段 day：第 7 天应在第 1 周，却写在第 2 周"),
    "day number out of range": (
        lambda r: day(r, 91).__setitem__("day", 92),
        "course.yml: 第 92 天 字段 day：应不大于 91，实际是 整数 92"),
}


@pytest.mark.parametrize("case", list(CASES))
def test_bad_input_gives_a_clear_message(tmp_path, case):
    mutate, expected = CASES[case]
    found = problems(tmp_path, mutate)
    assert expected in found, "\n".join(found)


def test_page_file_with_no_day(tmp_path):
    found = problems(tmp_path, lambda r: None, pages=("stage-1/week-01/day-09.md",))
    assert found == ["course.yml: 页面 docs/stage-1/week-01/day-09.md 没有对应的天；"
                     "第 9 天的页面应在 docs/stage-1/week-02/day-09.md"]


def test_all_problems_are_reported_together(tmp_path):
    def two_mistakes(r):
        day(r, 2)["weekday"] = "周三"
        day(r, 3)["readings"] = [{"id": "nope"}]
    found = problems(tmp_path, two_mistakes)
    assert len(found) == 2, found


def test_yaml_syntax_error_names_the_line(tmp_path):
    (tmp_path / "course.yml").write_text("course:\n  title: [unclosed\n", encoding="utf-8")
    with pytest.raises(CourseDataError) as info:
        load_course(tmp_path / "course.yml", tmp_path)
    assert re.match(r"course\.yml 第 \d+ 行: YAML 格式错误", str(info.value)), str(info.value)


def test_messages_show_no_python_class_reprs(tmp_path):
    found = problems(tmp_path, lambda r: day(r, 1).__setitem__("tags", "python"))
    assert found and not any("<class" in p or "pydantic" in p for p in found), found


def test_data_values_are_html_escaped(tmp_path):
    title = "<script>alert('x')</script> & <b>粗体</b>"
    objective = "<img src=x onerror=alert(1)> 学会 *强调*"
    raw = copy.deepcopy(RAW)
    day(raw, 1)["title"] = title
    day(raw, 1)["objectives"][0] = objective
    (tmp_path / "course.yml").write_text(yaml.safe_dump(raw, allow_unicode=True), encoding="utf-8")
    (tmp_path / "docs").mkdir()
    changed = load_course(tmp_path / "course.yml", tmp_path / "docs")
    md = markdown.Markdown(extensions=["tables", "md_in_html", "attr_list"])
    for text in (render_header(changed, changed.day_by_number[1]), render_calendar(changed)):
        html = BeautifulSoup(md.reset().convert(text), "html.parser")
        assert not html.select("script, b, img, em"), "数据里的 HTML 或 Markdown 被当成了标记"
        assert f"第 1 天 · {title}" in html.get_text()
    header = BeautifulSoup(md.reset().convert(render_header(changed, changed.day_by_number[1])), "html.parser")
    assert objective in header.get_text()
