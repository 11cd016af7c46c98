"""MkDocs hook: the site navigation, built from course.yml so no title is typed twice.

Stage > week > day, listing only pages that exist (a day is published when its page exists),
plus the week's lab notebook. Loaded through `hooks:` in mkdocs.yml.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from macros.day_page import STAGE_NAMES, day_label  # noqa: E402
from macros.site_course import course_for  # noqa: E402

# Pages outside the stage tree, in nav order, with their labels (only those that exist are listed).
TOP_PAGES = [("首页", "index.md"), ("课程日历", "calendar.md")]
REFERENCE_PAGES = [("阅读书目", "readings.md"), ("路线图对照", "roadmap.md"), ("主题索引", "tags.md"),
                   ("术语表", "glossary.md")]


def on_config(config):
    course = course_for(config)
    docs = Path(config["docs_dir"])
    exists = lambda p: (docs / p).is_file()  # noqa: E731
    nav: list = [{label: path} for label, path in TOP_PAGES if exists(path)]
    for stage in course.stages:
        stage_dir = f"stage-{stage.number}"
        items: list = [f"{stage_dir}/index.md"] if exists(f"{stage_dir}/index.md") else []
        for week in stage.weeks:
            week_dir = f"{stage_dir}/week-{week.number:02d}"
            week_items = [f"{week_dir}/index.md"] if exists(f"{week_dir}/index.md") else []
            week_items += [{day_label(d): d.page_path} for d in course.days
                           if d.week is week and d.number in course.published_numbers]
            if exists(f"{week_dir}/lab.ipynb"):
                week_items.append({f"第 {week.number} 周实验": f"{week_dir}/lab.ipynb"})
            if week_items:
                items.append({f"第 {week.number} 周 {week.title}": week_items})
        if items:
            nav.append({f"{STAGE_NAMES[stage.number]} {stage.title}": items})
    reference = [{label: path} for label, path in REFERENCE_PAGES if exists(path)]
    if reference:
        nav.append({"参考": reference})
    config["nav"] = nav
    return config
