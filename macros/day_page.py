"""A day page's header and footer, from the data file (the page itself holds only the lesson)."""
from __future__ import annotations

from .course_model import KIND_LABELS, Course, DayPlace
from .page_text import attr, esc, link, minutes_text
from .learner_page import done_button
from .reading_lists import reading_item

STAGE_NAMES = {1: "第一阶段", 2: "第二阶段", 3: "第三阶段", 4: "第四阶段"}


def day_label(day: DayPlace) -> str:
    return f"第 {day.number} 天 · {day.data.title}"


def day_ref(course: Course, day: DayPlace, from_src: str) -> str:
    """The day's title, linked when its page exists (plain text for a day not written yet)."""
    if day.number in course.published_numbers:
        return link(day_label(day), day.page_path, from_src)
    return esc(day_label(day))


def date_tag(course: Course, day_number: int) -> str:
    """A <time> the learner-side script can move to the learner's own start date."""
    date = course.date_of(day_number)
    return f'<time class="course-date" datetime="{date.isoformat()}" data-day="{day_number}">{date.isoformat()}</time>'


def render_header(course: Course, day: DayPlace) -> str:
    src, d = day.page_path, day.data
    week_index = f"stage-{day.stage.number}/week-{day.week.number:02d}/index.md"
    stage_index = f"stage-{day.stage.number}/index.md"
    prereqs = "、".join(day_ref(course, course.day_by_number[p], src) for p in d.prerequisites) or "无"
    m = d.minutes
    objectives = "\n".join(f"- {esc(o)}" for o in d.objectives)
    return f"""
<h1 class="day-title">{attr(day_label(day))}</h1>

<div class="day-meta" data-day="{day.number}" markdown>
{link(f"{STAGE_NAMES[day.stage.number]} {day.stage.title}", stage_index, src)} ›
{link(f"第 {day.week.number} 周 {day.week.title}", week_index, src)} ›
第 {day.number} 天（{KIND_LABELS[d.kind]}）

- **日期**：{date_tag(course, day.number)}（{d.weekday}）
- **预计用时**：{minutes_text(m.total)}（理论 {m.theory} 分钟 · 实践 {m.practice} 分钟 · 阅读 {m.reading} 分钟）
- **先修**：{prereqs}
</div>

## 今日目标

{objectives}
"""


def render_footer(course: Course, day: DayPlace) -> str:
    src = day.page_path
    readings = "\n".join(
        reading_item(course, course.reading_by_id[r.id], src, note=r.note) for r in day.data.readings)
    published = sorted(course.published_numbers)
    earlier = [n for n in published if n < day.number]
    later = [n for n in published if n > day.number]
    pager = []
    if earlier:
        prev = course.day_by_number[earlier[-1]]
        pager.append(f'<span class="day-prev">上一天：{link(day_label(prev), prev.page_path, src)}</span>')
    if later:
        nxt = course.day_by_number[later[0]]
        pager.append(f'<span class="day-next">下一天：{link(day_label(nxt), nxt.page_path, src)}</span>')
    return f"""
## 延伸阅读

{readings or "今天没有指定阅读。"}

{done_button(day)}

<nav class="day-pager" aria-label="前后两天" markdown>
{chr(10).join(pager)}
</nav>
"""


def render_week_overview(course: Course, stage_no: int, week_no: int, from_src: str) -> str:
    """The week index page: theme, the seven days, and the week's reading list."""
    week = next(w for w in course.weeks if w.number == week_no)
    rows = "\n".join(
        f"| {d.day} | {date_tag(course, d.day)} | {d.weekday} | "
        f"{day_ref(course, course.day_by_number[d.day], from_src)} | {KIND_LABELS[d.kind]} | "
        f"{d.minutes.total} 分钟 |" for d in week.days)
    table = ("| 天 | 日期 | 星期 | 内容 | 类型 | 时长 |\n|---:|---|---|---|---|---:|\n" + rows
             if rows else "本周的每日安排还在规划中，见[课程日历](../../calendar.md)。")
    ids = list(dict.fromkeys(r.id for d in week.days for r in d.readings))
    readings = "\n".join(reading_item(course, course.reading_by_id[i], from_src, used_in_week=week)
                         for i in ids)
    return f"""
**本周主题**：{esc(week.theme)}

**对应原计划**：{esc(week.schedule)}

## 每日安排

{table}

## 本周阅读

{readings or "本周阅读将随每日安排一起给出。"}
"""


def render_stages_table(course: Course, from_src: str) -> str:
    """The four stages at a glance, for the home page."""
    rows = []
    for s in course.stages:
        first, last = s.weeks[0].number, s.weeks[-1].number
        weeks = f"第 {first} 周" if first == last else f"第 {first}–{last} 周"
        rows.append(f"| {link(f'{STAGE_NAMES[s.number]}：{s.title}', f'stage-{s.number}/index.md', from_src)} "
                    f"| {weeks} | {esc(s.goal)} |")
    return "| 阶段 | 时间 | 目标 |\n|---|---|---|\n" + "\n".join(rows)


def render_stage_overview(course: Course, stage_no: int, from_src: str) -> str:
    stage = next(s for s in course.stages if s.number == stage_no)
    parts = [f"**阶段目标**：{esc(stage.goal)}\n"]
    for w in stage.weeks:
        span = f"第 {w.days[0].day}–{w.days[-1].day} 天" if w.days else "规划中"
        written = sum(1 for d in w.days if d.day in course.published_numbers)
        index = f"stage-{stage_no}/week-{w.number:02d}/index.md"
        label = f"第 {w.number} 周 {w.title}"
        heading = link(label, index, from_src) if (course.docs_dir / index).is_file() else esc(label)
        parts.append(
            f"## {heading}\n\n"
            f"{esc(w.theme)}\n\n{span} · 已发布 {written}/{len(w.days)} 天\n")
    return "\n".join(parts)
