"""Lighthouse (npm, pinned in package-lock.json) on the four pages readers hit first: accessibility,
best practices and SEO must score 100. These scores do not depend on the machine's speed;
performance does, so it is measured by `make bench` (tools/bench.py), not tested here.
"""
from __future__ import annotations

import pytest

from browser_fixtures import CHROMIUM, _artifacts_dir, base_url  # noqa: F401

pytestmark = [pytest.mark.xdist_group("site"), pytest.mark.browser]

PAGES = ["", "calendar/", "stage-1/week-01/day-05/", "stage-1/week-01/lab/"]
CATEGORIES = ["accessibility", "best-practices", "seo"]


@pytest.mark.parametrize("path", PAGES, ids=["home", "calendar", "day-05", "lab"])
def test_lighthouse_scores_100(base_url, path):
    from tools.bench import LIGHTHOUSE, lighthouse
    if not CHROMIUM:
        pytest.skip("没有找到 Chromium（make test 会在可以安装时用 apt 安装它）")
    assert LIGHTHOUSE.exists(), "没有 lighthouse：运行 npm ci（make test 会做）"
    report = lighthouse(base_url + path, CATEGORIES)
    problems = []
    for cat in CATEGORIES:
        category = report["categories"][cat]
        if category["score"] == 1:
            continue
        for ref in category["auditRefs"]:
            audit = report["audits"][ref["id"]]
            if ref.get("weight") and audit["score"] is not None and audit["score"] < 1:
                items = (audit.get("details") or {}).get("items") or []
                where = "; ".join(str((it.get("node") or {}).get("snippet") or it.get("url") or "")[:120]
                                  for it in items[:3])
                problems.append(f"{cat} {round(100 * category['score'])}: {ref['id']} — {audit['title']}: {where}")
    assert not problems, f"/{path}\n" + "\n".join(problems)
