"""A reader's view: Chromium (driven by Playwright) against the built site on 127.0.0.1."""
from __future__ import annotations

from urllib.parse import quote, urlsplit

import pytest

from browser_fixtures import ARTIFACTS, _artifacts_dir, base_url, browser, page  # noqa: F401

pytestmark = [pytest.mark.xdist_group("site"), pytest.mark.browser]


def search(page, base_url, query: str) -> list[str]:
    """Type a query into Material's search and return the result links."""
    page.goto(base_url)
    page.locator("label.md-search__icon, .md-search__input").first.click()
    box = page.locator("input.md-search__input")
    box.fill(query)
    box.press("End")  # Material searches on keyup
    page.wait_for_selector(".md-search-result__item", timeout=15000)
    return page.eval_on_selector_all(".md-search-result__link", "els => els.map(e => e.href)")


@pytest.mark.parametrize("query, expected_page", [
    ("变量", "stage-1/week-01/day-01/"),
    ("注意力", "stage-2/week-06/day-37/"),
    ("词向量", "stage-1/week-05/day-30/"),
    ("困惑度", "stage-2/week-08/day-53/"),
    ("Python", "stage-1/week-01/day-01/"),
    ("余弦相似度", "stage-1/week-01/day-03/"),
])
def test_search_lands_on_the_right_page(page, base_url, query, expected_page):
    links = search(page, base_url, query)
    pages = list(dict.fromkeys(urlsplit(h).path.lstrip("/") for h in links))  # one entry per page
    assert expected_page in pages[:5], f"搜索「{query}」排在前面的页面：{pages[:5]}"


def test_calendar_shows_all_91_days(page, base_url):
    page.goto(base_url + "calendar/")
    assert page.locator(".calendar-day").count() == 91
    assert page.locator("table a[href*='day-01']").count() >= 1
    page.screenshot(path=str(ARTIFACTS / "calendar.png"), full_page=False)


def test_katex_renders_formulas(page, base_url):
    page.goto(base_url + "stage-1/week-01/day-03/")
    page.wait_for_selector(".arithmatex .katex", timeout=10000)
    assert page.locator(".arithmatex .katex").count() >= 5
    assert page.locator(".katex-error").count() == 0
    page.screenshot(path=str(ARTIFACTS / "day-03.png"), full_page=False)


def test_katex_renders_notebook_maths(page, base_url):
    page.goto(base_url + "stage-1/week-01/lab/")
    page.wait_for_selector(".jupyter-wrapper .katex", timeout=10000)
    assert page.locator(".jupyter-wrapper .katex-error").count() == 0


def test_no_request_leaves_the_local_host(page, base_url):
    for path in ["", "calendar/", "stage-1/week-01/day-03/", "stage-1/week-01/lab/", "readings/"]:
        page.goto(base_url + path)
        page.wait_for_load_state("networkidle")
    hosts = {urlsplit(u).hostname for u in page.requests if not u.startswith(("data:", "blob:"))}
    assert hosts == {"127.0.0.1"}, f"请求了其他主机：{hosts - {'127.0.0.1'}}"


def test_dark_mode_toggles(page, base_url):
    page.goto(base_url)
    scheme = lambda: page.evaluate("document.body.getAttribute('data-md-color-scheme')")  # noqa: E731
    before = scheme()
    page.locator("form[data-md-component=palette] label:visible").first.click()
    page.wait_for_function(f"document.body.getAttribute('data-md-color-scheme') !== '{before}'")
    assert {before, scheme()} == {"default", "slate"}
    page.screenshot(path=str(ARTIFACTS / "home-toggled.png"))


def test_instant_navigation_keeps_maths_rendered(page, base_url):
    page.goto(base_url + "stage-1/week-01/day-02/")
    page.locator(".day-pager .day-next a").click()
    page.wait_for_url("**/day-03/")
    page.wait_for_selector(".arithmatex .katex", timeout=10000)


def test_chinese_url_search_parameter(page, base_url):
    page.goto(base_url + "?q=" + quote("矩阵乘法"))
    page.wait_for_selector(".md-search-result__item", timeout=15000)
    assert page.locator(".md-search-result__item").count() > 0

