"""Reading the built site: its pages, their links and ids, and the lesson prose of a day page."""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from urllib.parse import unquote, urlsplit

from bs4 import BeautifulSoup

CJK = re.compile(r"[\u4e00-\u9fff]")
# Not lesson prose: code and its output, figures, maths, navigation, and the data-file header.
NOT_PROSE = ["pre", "code", "script", "style", "nav", "header", "footer", "svg", "math",
             "[data-snippet]", ".highlight", ".day-meta", ".katex", ".arithmatex"]


@lru_cache(maxsize=None)
def soup(path: Path) -> BeautifulSoup:
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


def html_pages(site: Path) -> list[Path]:
    return sorted(p for p in site.rglob("*.html") if "assets" not in p.parts)


@lru_cache(maxsize=None)
def ids_in(path: Path) -> frozenset[str]:
    return frozenset({el["id"] for el in soup(path).select("[id]")} | {
        el["name"] for el in soup(path).select("a[name]")})


def internal_target(site: Path, page: Path, href: str) -> tuple[Path, str] | None:
    """The file and anchor an internal link points at, or None for external/special links."""
    parts = urlsplit(href)
    if parts.scheme or parts.netloc or href.startswith(("mailto:", "javascript:")):
        return None
    if not parts.path:
        return page, unquote(parts.fragment)
    base = site if parts.path.startswith("/") else page.parent  # 404.html links from the site root
    target = (base / unquote(parts.path).lstrip("/")).resolve()
    if target.is_dir() or parts.path.endswith("/"):
        target = target / "index.html"
    return target, unquote(parts.fragment)


def day_article(path: Path):
    return soup(path).select_one("article")


def prose_chars(path: Path) -> int:
    article = BeautifulSoup(str(day_article(path)), "html.parser")
    for selector in NOT_PROSE:
        for el in article.select(selector):
            el.decompose()
    return len(CJK.findall(article.get_text()))
