"""Learner features as built: course.ics, the glossary and its tooltips, the tag index, the JSON.

The browser side is in test_learner_browser.py; these read files and the built site only.
"""
from __future__ import annotations

import copy
import datetime as dt
import json
import re

import pytest
import yaml

from conftest import REPO
from macros.course_model import CourseDataError
from macros.glossary import Glossary, Term, load_glossary, mark_terms
from macros.ics_export import content_line, escape_text
from site_pages import internal_target, soup

pytestmark = pytest.mark.xdist_group("site")

GLOSSARY = yaml.safe_load((REPO / "glossary.yml").read_text(encoding="utf-8"))


def _site_url(site) -> str:
    """The site_url the site was built with: the home page's address in the sitemap."""
    return re.search(r"<loc>([^<]+)</loc>", (site / "sitemap.xml").read_text(encoding="utf-8")).group(1)


# --- course.ics ---------------------------------------------------------------------------------

def test_text_values_are_escaped():
    assert escape_text('a,b;c\\d\ne') == "a\\,b\\;c\\\\d\\ne"


@pytest.mark.parametrize("value", ["短", "第 12 天 · 注意力机制：" * 9, "x" * 200, "a,b;" * 40])
def test_long_lines_fold_at_75_octets_without_splitting_characters(value):
    line = content_line("DESCRIPTION", escape_text(value))
    physical = line.split("\r\n")
    assert all(len(p.encode("utf-8")) <= 75 for p in physical)
    assert all(p.startswith(" ") for p in physical[1:])
    assert "".join(p[1:] if i else p for i, p in enumerate(physical)) == "DESCRIPTION:" + escape_text(value)


def test_course_ics_is_valid_and_has_every_day(built_site, course):
    icalendar = pytest.importorskip("icalendar")
    raw = (built_site / "course.ics").read_bytes()
    assert raw.count(b"\n") == raw.count(b"\r\n"), "每一行都应以 CRLF 结尾"
    assert all(len(line) <= 75 for line in raw.split(b"\r\n")), "有超过 75 个八位组的行"
    cal = icalendar.Calendar.from_ical(raw)
    events = cal.walk("VEVENT")
    assert len(events) == len(course.days) == 91
    host = re.match(r"https?://([^/:]+)", _site_url(built_site)).group(1)
    for d, ev in zip(course.days, events):
        date = course.date_of(d.number)
        assert ev.decoded("DTSTART") == date and ev.decoded("DTEND") == date + dt.timedelta(days=1)
        assert str(ev["SUMMARY"]) == f"第 {d.number} 天 · {d.data.title}"
        assert str(ev["UID"]) == f"day-{d.number}@{host}"
        assert ev.decoded("DTSTAMP") == dt.datetime.combine(course.settings.start_date, dt.time(),
                                                            tzinfo=dt.timezone.utc)
        url = str(ev["URL"])
        expected = d.page_path[:-3] + "/" if d.number in course.published_numbers else "calendar/"
        assert url.endswith("/" + expected), (d.number, url)
        description = str(ev["DESCRIPTION"])
        assert url in description and all(o in description for o in d.data.objectives)


def test_course_ics_is_reproducible(built_site, course):
    from macros.ics_export import course_ics
    again = course_ics(course, _site_url(built_site))
    assert (built_site / "course.ics").read_bytes().decode("utf-8") == again


# --- data for the browser ----------------------------------------------------------------------

def test_home_page_data_lists_every_day_with_a_working_link(built_site, course):
    home = built_site / "index.html"
    data = json.loads(soup(home).select_one("script#course-data").string)
    assert data["start"] == course.settings.start_date.isoformat()
    assert [d["day"] for d in data["days"]] == list(range(1, 92))
    for item in data["days"]:
        file, _ = internal_target(built_site, home, item["url"])
        assert file.is_file(), item
        published = item["day"] in course.published_numbers
        assert ("calendar" in item["url"]) != published, item


def test_every_date_and_row_carries_its_day(built_site, course):
    calendar = soup(built_site / "calendar/index.html")
    times = calendar.select("table time.course-date[data-day]")
    assert len(times) == 91
    bars = calendar.select("progress[data-first][data-last][aria-label]")
    assert len(bars) == 1 + len(course.stages) + len(course.weeks)
    assert calendar.select_one("a[href='../course.ics'][download]")


# --- topics (tags) -----------------------------------------------------------------------------

def test_tag_index_lists_exactly_the_published_days_of_each_tag(built_site, course):
    page = soup(built_site / "tags/index.html")
    expected: dict[str, set[str]] = {}
    for d in course.days:
        if d.number in course.published_numbers:
            for tag in d.data.tags:
                expected.setdefault(tag, set()).add(d.page_path[:-3] + "/")
    found = {}
    for heading in page.select("article h2[id^='tag:']"):
        items = heading.find_next_sibling("ul").select("a[href]")
        found[heading["id"][4:]] = {a["href"].removeprefix("../") for a in items}
    assert found == expected


def test_tag_chips_on_day_pages_link_to_the_tag_index(built_site, course):
    for d in course.days:
        if d.number not in course.published_numbers:
            continue
        page = built_site / d.page_path.replace(".md", "/index.html")
        chips = soup(page).select("nav.md-tags a.md-tag")
        assert sorted(a.get_text(strip=True) for a in chips) == sorted(d.data.tags), d.number
        for a in chips:
            file, anchor = internal_target(built_site, page, a["href"])
            assert file == (built_site / "tags/index.html").resolve() and anchor == f"tag:{a.get_text(strip=True)}"


# --- glossary ------------------------------------------------------------------------------------

def test_glossary_has_enough_terms_each_taught_on_a_real_day(course):
    glossary = load_glossary(REPO / "glossary.yml", course)
    assert len(glossary.terms) >= 150, f"术语表只有 {len(glossary.terms)} 个术语（至少 150）"
    days = {t.day for t in glossary.terms}
    assert len({course.day_by_number[n].stage.number for n in days}) == 4, "每个阶段都应有术语"


def test_glossary_page_lists_every_term_linked_to_its_day(built_site, course):
    page_path = built_site / "glossary/index.html"
    rows = soup(page_path).select("article table tbody tr")
    assert len(rows) == len(GLOSSARY["terms"])
    by_term = {t["term"]: t for t in GLOSSARY["terms"]}
    for row in rows:
        cells = row.select("td")
        term = by_term[cells[0].get_text(strip=True)]
        assert cells[1].get_text(strip=True) == term["english"]
        assert f"第 {term['day']} 天" in cells[3].get_text()
        link = cells[3].select_one("a[href]")
        assert (link is not None) == (term["day"] in course.published_numbers), term["term"]


def test_day_pages_mark_the_first_occurrence_of_terms(built_site, course):
    page = soup(built_site / "stage-1/week-01/day-03/index.html")
    marked = page.select("article abbr.glossary-term[title][tabindex='0']")
    assert marked, "第 3 天没有术语提示"
    texts = [a.get_text() for a in marked]
    assert len(texts) == len(set(texts)), "同一术语只在第一次出现时标注"
    assert not page.select("h1 abbr, h2 abbr, h3 abbr, a abbr, code abbr, pre abbr, .day-meta abbr")


def test_term_marking_skips_code_links_headings_and_maths():
    glossary = Glossary([Term(term="向量", english="vector", definition="一组数。", day=3),
                         Term(term="余弦相似度", english="cosine similarity", definition="夹角余弦。", day=3),
                         Term(term="NumPy 数组", english="NumPy array", definition="数组。", day=3)])
    html = ('<h2 id="x">向量</h2><p><a href="#">向量</a> <code>向量</code> <span class="arithmatex">向量</span>'
            '讲向量和余弦相似度<br>再讲向量。NumPy 数组</p><pre><code>NumPy 数组</code></pre>')
    out = mark_terms(html, glossary, day=3)
    assert out.count("<abbr") == 3
    assert mark_terms(html, glossary, day=2) == html  # not taught yet: left alone
    assert '讲<abbr class="glossary-term" tabindex="0" title="vector：一组数。">向量</abbr>和' in out
    assert out.startswith('<h2 id="x">向量</h2><p><a href="#">向量</a> <code>向量</code> <span class="arithmatex">向量</span>')
    assert out.endswith('<pre><code>NumPy 数组</code></pre>')


def _glossary_problems(tmp_path, course, mutate) -> list[str]:
    raw = copy.deepcopy(GLOSSARY)
    mutate(raw)
    (tmp_path / "glossary.yml").write_text(yaml.safe_dump(raw, allow_unicode=True), encoding="utf-8")
    with pytest.raises(CourseDataError) as info:
        load_glossary(tmp_path / "glossary.yml", course)
    return info.value.problems


def _set(index, key, value):
    return lambda raw: raw["terms"][index].__setitem__(key, value)


@pytest.mark.parametrize("mutate, expected", [
    (_set(0, "day", 92), "glossary.yml: 术语 '{term}' 字段 day：应不大于 91，实际是 整数 92"),
    (_set(0, "english", ""), "glossary.yml: 术语 '{term}' 字段 english：不能为空"),
    (lambda raw: raw["terms"][0].pop("definition"), "glossary.yml: 术语 '{term}' 字段 definition：缺少必填字段"),
    (_set(0, "exmaple", "x"), "glossary.yml: 术语 '{term}' 字段 exmaple：不认识的字段（拼写错误？）"),
    (_set(0, "definition", "很长" * 50), "glossary.yml: 术语 '{term}' 字段 definition：释义应为一行、不超过 80 字"),
    (lambda raw: raw["terms"].append(dict(raw["terms"][0])), "glossary.yml: 术语 '{term}' 字段 term：术语重复"),
], ids=["day out of range", "empty english", "missing definition", "unknown field", "long definition",
        "duplicate"])
def test_bad_glossary_gives_a_clear_message(tmp_path, course, mutate, expected):
    found = _glossary_problems(tmp_path, course, mutate)
    message = expected.format(term=GLOSSARY["terms"][0]["term"])
    assert any(p.startswith(message) for p in found), found


def test_glossary_yaml_error_names_the_line(tmp_path, course):
    (tmp_path / "glossary.yml").write_text("terms:\n  - term: [unclosed\n", encoding="utf-8")
    with pytest.raises(CourseDataError) as info:
        load_glossary(tmp_path / "glossary.yml", course)
    assert re.match(r"glossary\.yml 第 \d+ 行: YAML 格式错误", str(info.value)), str(info.value)
