"""A reader's view: Chromium (driven by Playwright) against the built site on 127.0.0.1."""
from __future__ import annotations

import functools
import shutil
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import quote, urlsplit

import pytest

from conftest import REPO

pytestmark = [pytest.mark.xdist_group("site"), pytest.mark.browser]

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
ARTIFACTS = REPO / "tests/artifacts"
# Flags that keep Chromium from calling Google's services on a machine with no open network.
CHROMIUM_ARGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def base_url(built_site):
    handler = functools.partial(_QuietHandler, directory=str(built_site))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()


@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM:
        pytest.skip("没有找到 Chromium（make test 会在可以安装时用 apt 安装它）")
    from playwright.sync_api import sync_playwright
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser, base_url):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="zh-CN")
    pg = context.new_page()
    pg.requests = []
    pg.on("request", lambda r: pg.requests.append(r.url))
    yield pg
    context.close()


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
    ("注意力", "stage-1/week-01/day-07/"),
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


@pytest.fixture(scope="module", autouse=True)
def _artifacts_dir():
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
