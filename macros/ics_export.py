"""course.ics: the course's 91 days as all-day calendar events (iCalendar, RFC 5545).

Built for the default start date in course.yml and written into the site by macros/learner_hook.py;
the learner's own copy is made in the browser by shifting this file's dates (learner.js), so the
text of the events is formatted here and nowhere else. Builds are reproducible: nothing depends on
the clock (DTSTAMP is the start date), and every event has a stable UID.
"""
from __future__ import annotations

import datetime as dt
from urllib.parse import urlsplit

from .course_model import Course, DayPlace
from .day_page import day_label
from .learner_page import CALENDAR_SRC, page_url

PRODID = "-//llm-zero-to-hero-course//course.ics//ZH"


def escape_text(value: str) -> str:
    """A TEXT value (RFC 5545 3.3.11): backslash, semicolon and comma escaped, newlines as \\n."""
    value = value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    return value.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\\n")


def content_line(name: str, value: str) -> str:
    """One content line, folded (RFC 5545 3.1) so no physical line is longer than 75 octets.

    A continuation line starts with one space, which counts towards its 75; a UTF-8 character is
    never split across lines, so Chinese text (3 octets a character) folds cleanly.
    """
    parts, current, size = [], "", 0
    for ch in f"{name}:{value}":
        octets = len(ch.encode("utf-8"))
        if size + octets > (75 if not parts else 74):
            parts.append(current)
            current, size = "", 0
        current += ch
        size += octets
    parts.append(current)
    return "\r\n ".join(parts)


def _ics_date(date: dt.date) -> str:
    return date.strftime("%Y%m%d")


def _day_url(course: Course, day: DayPlace, site_url: str, use_directory_urls: bool) -> str:
    """The day's page, or the calendar page while the day is not written yet."""
    src = day.page_path if day.number in course.published_numbers else CALENDAR_SRC
    return site_url + page_url(src, use_directory_urls)


def _description(day: DayPlace, url: str, published: bool) -> str:
    goals = "\n".join(f"{i}. {o}" for i, o in enumerate(day.data.objectives, 1))
    where = f"课程页面：{url}" if published else f"这一天的页面还在编写中，日程见课程日历：{url}"
    return f"今日目标：\n{goals}\n\n{where}"


def course_ics(course: Course, site_url: str | None, use_directory_urls: bool = True) -> str:
    """The whole calendar as text with CRLF line endings, one VEVENT a day."""
    site_url = (site_url or "http://localhost/").rstrip("/") + "/"
    host = urlsplit(site_url).hostname or "localhost"
    stamp = _ics_date(course.settings.start_date) + "T000000Z"
    lines = [
        content_line("BEGIN", "VCALENDAR"),
        content_line("VERSION", "2.0"),
        content_line("PRODID", PRODID),
        content_line("CALSCALE", "GREGORIAN"),
        content_line("METHOD", "PUBLISH"),
        content_line("X-WR-CALNAME", escape_text(course.settings.title)),
    ]
    for day in course.days:
        date = course.date_of(day.number)
        url = _day_url(course, day, site_url, use_directory_urls)
        published = day.number in course.published_numbers
        lines += [
            content_line("BEGIN", "VEVENT"),
            content_line("UID", f"day-{day.number}@{host}"),
            content_line("DTSTAMP", stamp),
            content_line("DTSTART;VALUE=DATE", _ics_date(date)),
            content_line("DTEND;VALUE=DATE", _ics_date(date + dt.timedelta(days=1))),
            content_line("SUMMARY", escape_text(day_label(day))),
            content_line("DESCRIPTION", escape_text(_description(day, url, published))),
            content_line("URL", url),
            content_line("TRANSP", "TRANSPARENT"),
            content_line("END", "VEVENT"),
        ]
    lines.append(content_line("END", "VCALENDAR"))
    return "\r\n".join(lines) + "\r\n"
