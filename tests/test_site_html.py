"""The built site: every internal link lands, and every published day page is a complete lesson."""
from __future__ import annotations

import re

import pytest

from site_pages import day_article, html_pages, ids_in, internal_target, prose_chars, soup

pytestmark = pytest.mark.xdist_group("site")

LOAD_RELS = {"stylesheet", "preload", "icon", "modulepreload", "manifest", "prefetch"}
# What CSS loads: url(...) (fonts, images) and @import "..." / @import url(...).
CSS_URL = re.compile(r"""url\(\s*(['"]?)([^'")]*)\1\s*\)|@import\s+(['"])([^'"]*)\3""")
EXTERNAL = ("http:", "https:", "//")
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
            if url.startswith(EXTERNAL):
                loads.append(f"{page.relative_to(built_site)}: {url}")
    assert not loads, "\n".join(loads[:20])


def _css_loads(css: str) -> list[str]:
    urls = [m.group(2) or m.group(4) for m in CSS_URL.finditer(css)]
    return [u.strip() for u in urls if u and u.strip().startswith(EXTERNAL)]


def test_no_stylesheet_loads_from_another_host(built_site):
    """Every stylesheet in the site (Material's, KaTeX's, ours, the notebook one), every <style>
    block and style="" attribute of every page: no url() or @import to another host."""
    loads = []
    for css in sorted(built_site.rglob("*.css")):
        loads += [f"{css.relative_to(built_site)}: {u}" for u in _css_loads(css.read_text(encoding="utf-8"))]
    pages = html_pages(built_site)
    assert pages and any(built_site.rglob("*.css"))
    for page in pages:
        doc = soup(page)
        inline = [el.get_text() for el in doc.select("style")] + [el["style"] for el in doc.select("[style]")]
        loads += [f"{page.relative_to(built_site)}: {u}" for text in inline for u in _css_loads(text)]
    assert not loads, "\n".join(loads[:20])


def test_css_url_check_sees_other_hosts():
    assert _css_loads("@font-face{src:url(https://fonts.gstatic.com/x.woff2)}") == ["https://fonts.gstatic.com/x.woff2"]
    assert _css_loads('@import "//cdn.example.org/a.css"; a{background:url( "http://x.org/i.png" )}') == [
        "//cdn.example.org/a.css", "http://x.org/i.png"]
    assert _css_loads("a{background:url(\"data:image/svg+xml;charset=utf-8,<svg xmlns='http://www.w3.org/2000/svg'/>\")}"
                      " b{src:url(../fonts/KaTeX_Main-Regular.woff2)}") == []


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


def test_maths_is_rendered_at_build_time(built_site):
    """No page carries KaTeX's script; every formula arrives as KaTeX HTML + MathML, and the pages
    with maths (only those) link KaTeX's stylesheet."""
    for page in html_pages(built_site):
        doc = soup(page)
        where = page.relative_to(built_site)
        assert not doc.select("script[src*='katex'], script[src$='math.js']"), f"{where} 还在加载公式脚本"
        assert all(el.select_one(".katex math") for el in doc.select(".arithmatex")), f"{where} 有未渲染的公式"
        assert not doc.select(".day-meta .arithmatex, h2#今日目标 + ul .arithmatex"), \
            f"{where}：课程数据里的文字被当成了公式"
        links_css = bool(doc.select("link[href$='katex.min.css']"))
        assert links_css == bool(doc.select(".katex")), f"{where}：KaTeX 样式应当只在有公式的页面上"
    lab = soup(built_site / "stage-1/week-01/lab/index.html")
    assert lab.select(".jupyter-wrapper .katex") and not lab.select("style"), "笔记本页：公式或样式没有处理"


def test_pages_describe_themselves_for_search_engines(built_site, course):
    robots = (built_site / "robots.txt").read_text(encoding="utf-8")
    assert "User-agent: *" in robots and "sitemap.xml" in robots
    descriptions = {}
    for page in html_pages(built_site):
        meta = soup(page).select_one("meta[name=description]")
        assert meta and meta["content"].strip(), f"{page.relative_to(built_site)} 没有描述"
        descriptions[page] = meta["content"]
    for d, page in _day_pages(built_site, course):
        assert descriptions[page].startswith(f"第 {d.number} 天"), descriptions[page]
