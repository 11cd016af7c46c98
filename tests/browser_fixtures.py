"""Browser fixtures shared by the browser tests: the built site on 127.0.0.1 and Chromium.

Test modules import the fixtures they use (`from browser_fixtures import base_url, browser, page`).
"""
from __future__ import annotations

import functools
import shutil
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer

import pytest

from conftest import REPO

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


def new_page(browser, width: int = 1280, height: int = 900, **options):
    """A page in a fresh browser context (its own localStorage), recording every request."""
    context = browser.new_context(viewport={"width": width, "height": height}, locale="zh-CN", **options)
    pg = context.new_page()
    pg.requests = []
    pg.on("request", lambda r: pg.requests.append(r.url))
    return pg


@pytest.fixture
def page(browser, base_url):
    pg = new_page(browser)
    yield pg
    pg.context.close()


@pytest.fixture(scope="module", autouse=True)
def _artifacts_dir():
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
