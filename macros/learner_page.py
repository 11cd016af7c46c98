"""Markup for the learner features (issue #6), which docs/assets/javascripts/learner.js brings to life.

Everything here is plain HTML that reads well with JavaScript off: the build-time dates stay, and
the controls that need the script carry `hidden` until learner.js shows them. The script finds
its way by data-learner-* attributes; the data it needs (default start date, day titles and
links) comes in one small JSON block (`course_data`).
"""
from __future__ import annotations

import datetime as dt
import json

from mkdocs.utils import get_relative_url

from .course_model import KIND_LABELS, Course, DayPlace
from .page_text import attr

CALENDAR_SRC = "calendar.md"
ICS_NAME = "course.ics"


def page_url(src: str, use_directory_urls: bool = True) -> str:
    """The site URL (relative to the site root) of a docs/ source file, as MkDocs builds it."""
    stem = src[:-3] if src.endswith(".md") else src
    if stem == "index" or stem.endswith("/index"):
        return stem[:-5]
    return stem + "/" if use_directory_urls else stem + ".html"


def _href(target_url: str, from_url: str) -> str:
    return get_relative_url(target_url or "./", from_url or "./")


def course_data(course: Course, from_url: str, use_directory_urls: bool, with_days: bool) -> str:
    """<script type="application/json" id="course-data">: what the browser needs, no more.

    Links are relative to the page carrying the block (unwritten days link to the calendar).
    """
    calendar = _href(page_url(CALENDAR_SRC, use_directory_urls), from_url)
    data: dict = {"start": course.settings.start_date.isoformat()}
    if with_days:
        data["days"] = [
            {"day": d.number, "title": d.data.title, "kind": KIND_LABELS[d.data.kind],
             "url": _href(page_url(d.page_path, use_directory_urls), from_url)
             if d.number in course.published_numbers else calendar}
            for d in course.days]
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":")).replace("</", "<\\/")
    return f'<script type="application/json" id="course-data">{text}</script>'


def _start_form(course: Course, place: str) -> str:
    """The start-date picker: Mondays only (step 7 from a Monday), checked again by the script."""
    start = course.settings.start_date
    earliest = start - dt.timedelta(weeks=52 * 10)
    return f"""<form class="learner-start" data-learner-start hidden novalidate>
<label for="learner-start-{place}">我的开课日期（周一）</label>
<input type="date" id="learner-start-{place}" name="start" min="{earliest.isoformat()}" step="7" required>
<button type="submit" class="md-button md-button--primary">使用这个日期</button>
<button type="button" class="md-button" data-learner-reset>恢复默认日期</button>
</form>"""


def _status() -> str:
    return '<p class="learner-status" data-learner-status role="status" aria-live="polite"></p>'


def progress_bar(label: str, first: int, last: int) -> str:
    """A labelled <progress> over days first..last, filled in by the script (hidden without it)."""
    count = last - first + 1
    return (f'<div class="learner-progress" data-learner-js hidden>'
            f'<span class="learner-progress-label">{attr(label)}</span> '
            f'<progress aria-label="{attr(label)}" data-first="{first}" data-last="{last}" '
            f'max="{count}" value="0"></progress> '
            f'<span class="learner-progress-text" data-progress-text>0 / {count} 天</span></div>')


def done_button(day: DayPlace) -> str:
    """The 打卡 toggle of a day page: a real button whose pressed state is the day's progress."""
    return (f'<div class="day-done" data-learner-js hidden>'
            f'<button type="button" class="md-button day-done-button" data-day="{day.number}" '
            f'aria-pressed="false" aria-label="标记为已完成">'
            f'<span class="day-done-verb">标记为</span>已完成</button> '
            f'<span class="learner-status" data-learner-status role="status" aria-live="polite"></span>'
            f'</div>')


def render_learner_home(course: Course, from_url: str, use_directory_urls: bool) -> str:
    """Home page: today's lesson, overall progress and streak, and the start-date picker."""
    from .day_page import date_tag  # here, not at the top: day_page imports this module
    calendar = _href(page_url(CALENDAR_SRC, use_directory_urls), from_url)
    return f"""<div class="learner-panel" data-learner-home>
<p class="learner-today" data-learner-today>按默认日程，课程从 {date_tag(course, 1)}（周一）开始；\
在<a href="{calendar}">课程日历</a>里可以看到每一天的日期。</p>
{progress_bar("总进度", 1, len(course.days))}
<p class="learner-streak" data-learner-js hidden>连续打卡：<strong data-learner-streak>0</strong> 天</p>
{_start_form(course, "home")}
{_status()}
{course_data(course, from_url, use_directory_urls, with_days=True)}
</div>
"""


def render_learner_tools(course: Course, from_url: str, use_directory_urls: bool) -> str:
    """Calendar page: start date, calendar files (.ics) and progress export / import."""
    ics = _href(ICS_NAME, from_url)
    return f"""<div class="learner-panel" data-learner-tools>
{_start_form(course, "calendar")}
<p class="learner-ics">日历文件：<a href="{ics}" download data-learner-ics>下载 course.ics（按默认开课日期）</a>\
<span data-learner-js hidden> · <button type="button" class="md-button" data-learner-ics-mine>下载按我的开课日期排的 .ics</button></span></p>
{progress_bar("总进度", 1, len(course.days))}
<div class="learner-files" data-learner-js hidden>
<button type="button" class="md-button" data-learner-export>导出学习进度（JSON 文件）</button>
<label class="learner-import" for="learner-import">导入进度文件（替换这里的进度）：</label>
<input type="file" id="learner-import" accept=".json,application/json" data-learner-import>
</div>
{_status()}
{course_data(course, from_url, use_directory_urls, with_days=False)}
</div>
"""
