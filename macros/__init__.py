"""mkdocs-macros module of the course: registers the macros pages call (define_env only).

Pages opt in with `render_macros: true`. Each macro reads the validated course.yml model and
returns Markdown; the modules named after course things do the rendering.
"""
from __future__ import annotations

import re
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.plugins import get_plugin_logger

from .calendar_page import render_calendar
from .day_page import (render_footer, render_header, render_stage_overview, render_stages_table,
                       render_week_overview)
from .glossary import glossary_for, render_glossary
from .learner_page import render_learner_home, render_learner_tools
from .reading_lists import render_library
from .roadmap_page import render_roadmap
from .site_course import course_for
from .snippet_blocks import render_snippet
from .snippet_records import SnippetRecordError

log = get_plugin_logger("course")


def define_env(env):
    course = course_for(env.conf)
    snippets_dir = Path(env.conf["config_file_path"]).resolve().parent / "snippets"
    env.variables["course"] = course

    def src() -> str:
        return env.page.file.src_uri

    def this_day():
        day = next((d for d in course.days if d.page_path == src()), None)
        if day is None:
            raise PluginError(f"{src()}: day_header()/day_footer() 只能用在日课页面 "
                              f"docs/stage-N/week-NN/day-NN.md 上")
        return day

    def place(pattern: str, what: str) -> tuple[int, ...]:
        m = re.fullmatch(pattern, src())
        if not m:
            raise PluginError(f"{src()}: {what}() 只能用在对应的索引页上")
        return tuple(int(g) for g in m.groups())

    @env.macro
    def day_header() -> str:
        day = this_day()
        env.page.meta["tags"] = list(day.data.tags)  # read later by Material's tags plugin
        return render_header(course, day)

    @env.macro
    def day_footer() -> str:
        return render_footer(course, this_day())

    @env.macro
    def week_overview() -> str:
        stage_no, week_no = place(r"stage-(\d)/week-(\d\d)/index\.md", "week_overview")
        return render_week_overview(course, stage_no, week_no, src())

    @env.macro
    def stage_overview() -> str:
        (stage_no,) = place(r"stage-(\d)/index\.md", "stage_overview")
        return render_stage_overview(course, stage_no, src())

    @env.macro
    def stages_table() -> str:
        return render_stages_table(course, src())

    @env.macro
    def calendar() -> str:
        return render_calendar(course)

    @env.macro
    def learner_home() -> str:
        return render_learner_home(course, env.page.url, env.conf["use_directory_urls"])

    @env.macro
    def learner_tools() -> str:
        return render_learner_tools(course, env.page.url, env.conf["use_directory_urls"])

    @env.macro
    def glossary_table() -> str:
        return render_glossary(course, glossary_for(env.conf), src())

    @env.macro
    def reading_library() -> str:
        return render_library(course)

    @env.macro
    def roadmap_table() -> str:
        return render_roadmap(course, src())

    @env.macro
    def snippet(name: str, title: str | None = None) -> str:
        try:
            return render_snippet(snippets_dir, name, title)
        except SnippetRecordError as exc:
            # Logged as an error (strict builds stop, listing every stale snippet at once) and
            # shown in place, so `mkdocs serve` keeps running while the author re-records.
            log.error(f"{src()}: {exc}")
            return f'\n!!! failure "代码片段无法显示"\n    {exc}\n'
