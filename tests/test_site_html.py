"""The built site: every internal link lands, and every published day page is a complete lesson."""
from __future__ import annotations

import pytest

from site_pages import day_article, html_pages, ids_in, internal_target, prose_chars, soup

pytestmark = pytest.mark.xdist_group("site")

LOAD_RELS = {"stylesheet", "preload", "icon", "modulepreload", "manifest", "prefetch"}
MIN_PROSE = {"lesson": 2000, "review": 1000, "summary": 1000}  # CJK characters, content guide


def test_every_internal_link_and_anchor_resolves(built_site):
    broken = []
    for page in html_pages(built_site):
        for a in soup(page).select("a[href]"):
            target = internal_target(built_site, page, a["href"])
            if target is None:
                continue
            file, anchor = target
            if not file.is_file():
                broken.append(f"{page.relative_to(built_site)}: {a['href']} → 文件不存在")
            elif anchor and file.suffix == ".html" and anchor not in ids_in(file):
                broken.append(f"{page.relative_to(built_site)}: {a['href']} → 没有锚点 #{anchor}")
    assert not broken, "\n".join(broken[:30])


def test_no_page_loads_from_another_host(built_site):
    loads = []
    for page in html_pages(built_site):
        for el in soup(page).select("script[src], link[href], img[src], iframe[src], source[src]"):
            url = (el.get("href") if el.name == "link" else el.get("src")) or ""
            if el.name == "link" and not LOAD_RELS & set(el.get("rel") or []):
                continue  # rel=canonical, alternate...: links, not loads
            if url.startswith(("http:", "https:", "//")):
                loads.append(f"{page.relative_to(built_site)}: {url}")
    assert not loads, "\n".join(loads[:20])


def _day_pages(site, course):
    for d in course.days:
        if d.number in course.published_numbers:
            yield d, site / d.page_path.replace(".md", "/index.html")


def test_published_days_have_header_footer_and_snippets(built_site, course):
    assert course.published_numbers, "还没有发布任何一天"
    for d, page in _day_pages(built_site, course):
        article = day_article(page)
        where = f"第 {d.number} 天（{d.page_path}）"
        assert article.select_one("h1.day-title"), f"{where} 缺少 day_header()"
        assert article.select_one(".day-meta time[datetime]"), f"{where} 页眉没有日期"
        assert len(article.select("h2#今日目标 + ul > li")) == len(d.data.objectives), where
        assert article.select_one("h2#延伸阅读") and article.select_one("nav.day-pager"), \
            f"{where} 缺少 day_footer()"
        assert article.select("[data-snippet]"), f"{where} 没有可运行的代码片段"


def test_published_days_meet_the_content_guide(built_site, course):
    short = []
    for d, page in _day_pages(built_site, course):
        chars = prose_chars(page)
        answers = len(day_article(page).select("details.success"))
        if chars < MIN_PROSE[d.data.kind]:
            short.append(f"第 {d.number} 天讲解只有 {chars} 个汉字（至少 {MIN_PROSE[d.data.kind]}）")
        if answers < 3:
            short.append(f"第 {d.number} 天只有 {answers} 道带参考答案的练习（至少 3）")
    assert not short, "\n".join(short)


def test_calendar_lists_all_days_and_links_the_published(built_site, course):
    calendar = soup(built_site / "calendar/index.html")
    cells = calendar.select(".calendar-day")
    assert [int(c["data-day"]) for c in cells] == list(range(1, 92))
    for d in course.days:
        row = calendar.select_one(f'.calendar-day[data-day="{d.number}"]').find_parent("tr")
        linked = row.select_one("a[href]") is not None
        assert linked == (d.number in course.published_numbers), f"第 {d.number} 天的链接状态不对"
        assert row.select_one("time")["datetime"] == course.date_of(d.number).isoformat()


def test_reading_library_links_back_to_days(built_site, course):
    page = soup(built_site / "readings/index.html")
    for r in course.data.readings:
        anchor = page.select_one(f"#reading-{r.id}")
        assert anchor, f"书目页缺少 {r.id}"
        item = anchor.find_parent("li")
        assert item.select_one(f'a[href="{r.url}"]'), r.id
        for d in course.days_using(r.id):
            if d.number in course.published_numbers:
                assert f"第 {d.number} 天" in item.get_text(), f"{r.id} 没有链接回第 {d.number} 天"


def test_snippet_blocks_show_code_and_recorded_output(built_site, course):
    page = built_site / "stage-1/week-01/day-01/index.html"
    block = soup(page).select_one("[data-snippet]")
    assert block.select_one(".snippet-title") and len(block.select("pre")) == 2
    name = block["data-snippet"]
    from conftest import REPO
    recorded = (REPO / "snippets" / name).with_suffix(".output.txt").read_text(encoding="utf-8")
    assert recorded.strip().splitlines()[0] in block.get_text()


def test_week_lab_is_rendered_with_a_download(built_site):
    page_path = built_site / "stage-1/week-01/lab/index.html"
    page = soup(page_path)
    assert page.select(".jupyter-wrapper"), "实验笔记本没有被渲染"
    download = page.select_one("a[download][href$='lab.ipynb']")
    assert download, "实验页面没有 .ipynb 下载链接"
    file, _ = internal_target(built_site, page_path, download["href"])
    assert file.is_file(), f"下载链接 {download['href']} 指向的文件不存在"
