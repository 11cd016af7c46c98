"""Every built page is valid HTML: the Nu HTML Checker (npm vnu-jar, run by Java) over all pages at once.

The only errors allowed are the known ones in Material for MkDocs' own templates, listed in
KNOWN_UPSTREAM with the reason each is there; anything else, in our templates, macros, hooks or
pages, fails the test.
"""
from __future__ import annotations

import json
import re
import shutil
import subprocess

import pytest

from conftest import REPO
from site_pages import html_pages

pytestmark = pytest.mark.xdist_group("site")

VNU = REPO / "node_modules/vnu-jar/build/dist/vnu.jar"

# (message pattern, pattern for the offending markup, reason). Both patterns must match.
KNOWN_UPSTREAM = [
    (r"Attribute “autocomplete” is only allowed when the input type is", r'class="md-toggle"',
     "Material 9.8 puts autocomplete=\"off\" on its hidden checkbox toggles (drawer, search, "
     "navigation sections) so that Firefox does not restore their state; HTML allows the attribute "
     "only on text-like inputs."),
    (r"Bad value “” for attribute “tabindex” on element “label”", r'class="md-nav__link',
     "Material 9.8's navigation partial writes tabindex=\"\" on the labels of sections that have no "
     "index page."),
    (r"The value of the “for” attribute of the “label” element must be the ID of a non-hidden form control",
     r'class="md-nav__(title|link)',
     "Material 9.8 writes the label of the table-of-contents toggle (for=\"__toc\") also on pages "
     "whose table of contents it leaves out, and labels for hidden section toggles."),
]


def _known(message: dict) -> bool:
    return any(re.search(msg, message.get("message", "")) and re.search(markup, message.get("extract", ""))
               for msg, markup, _ in KNOWN_UPSTREAM)


def test_every_page_passes_the_nu_html_checker(built_site):
    java = shutil.which("java")
    if not java:
        pytest.skip("没有 Java（make test 会在可以安装时用 apt 安装 default-jre-headless）")
    assert VNU.is_file(), "没有 vnu.jar：运行 npm ci（make test 会做）"
    pages = html_pages(built_site)
    result = subprocess.run([java, "-jar", str(VNU), "--errors-only", "--format", "json", *map(str, pages)],
                            capture_output=True, text=True, timeout=300)
    messages = json.loads(result.stderr or result.stdout)["messages"]
    unexpected = [m for m in messages if not _known(m)]  # --errors-only: every message is an error
    report = [f"{m.get('url', '').split(str(built_site))[-1]}:{m.get('lastLine')}: {m.get('message')}\n"
              f"    {m.get('extract', '').strip()[:160]}" for m in unexpected]
    assert not unexpected, f"{len(unexpected)} 处 HTML 错误：\n" + "\n".join(report[:25])
    assert len(pages) >= 10

