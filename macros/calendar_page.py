"""The calendar page: all 91 days, week by week, under their stages."""
from __future__ import annotations

from .course_model import KIND_LABELS, Course
from .day_page import STAGE_NAMES, date_tag, day_ref
from .learner_page import progress_bar
from .page_text import esc, minutes_text

CALENDAR_PAGE = "calendar.md"


def render_calendar(course: Course) -> str:
    s = course.settings
    total = sum(d.data.minutes.total for d in course.days)
    parts = [
        f"从 {date_tag(course, 1)}（周一）开始，共 {len(course.days)} 天，"
        f"每天约 {s.hours_per_day.min}–{s.hours_per_day.max} 小时，合计约 {minutes_text(total)}。"
        f"已发布 {len(course.published_numbers)} 天，标题带链接的就是已经写好的课程。\n"
    ]
    for stage in course.stages:
        parts.append(f"## {STAGE_NAMES[stage.number]}：{esc(stage.title)}\n\n{esc(stage.goal)}\n")
        numbers = [d.day for w in stage.weeks for d in w.days]
        if numbers:
            parts.append(progress_bar(f"{STAGE_NAMES[stage.number]}进度", numbers[0], numbers[-1]) + "\n")
        for week in stage.weeks:
            parts.append(f"### 第 {week.number} 周：{esc(week.title)}\n")
            if not week.days:
                parts.append("本周的每日安排还在规划中。\n")
                continue
            parts.append(progress_bar(f"第 {week.number} 周进度", week.days[0].day, week.days[-1].day) + "\n")
            parts.append('| 天 | 日期 | 星期 | 内容 | 类型 | 时长 |\n|---:|---|---|---|---|---:|')
            for d in week.days:
                day = course.day_by_number[d.day]
                parts.append(
                    f'| <span class="calendar-day" data-day="{d.day}">{d.day}</span> | '
                    f"{date_tag(course, d.day)} | {d.weekday} | {day_ref(course, day, CALENDAR_PAGE)} | "
                    f"{KIND_LABELS[d.kind]} | {d.minutes.total} 分钟 |")
            parts.append("")
    return "\n".join(parts)
