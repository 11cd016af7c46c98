"""Reading lists: one entry's line, and the master library grouped by stage and kind."""
from __future__ import annotations

from .course_model import READING_KINDS, Course, Reading, Week
from .page_text import attr, esc, link

LIBRARY_PAGE = "readings.md"


def authors_text(reading: Reading) -> str:
    names = [a for a in reading.authors if a != "et al."]
    shown = "、".join(names[:3])
    return shown + (" 等" if len(reading.authors) > 3 or "et al." in reading.authors else "")


def reading_item(course: Course, reading: Reading, from_src: str, note: str = "",
                 used_in_week: Week | None = None, show_uses: bool = False) -> str:
    """One list line: linked title, authors, year, kind, what to read in it, and where it is used."""
    text = (f'- <span class="reading-anchor" id="reading-{attr(reading.id)}"></span>'
            if from_src == LIBRARY_PAGE else "- ")
    text += (f"**[{esc(reading.title)}]({attr(reading.url)})**"
             f"（{esc(authors_text(reading))}，{reading.year} · {READING_KINDS[reading.kind]}）")
    if note or reading.note:
        text += f"：{esc(note or reading.note)}"
    if used_in_week is not None:
        days = [d for d in used_in_week.days if any(r.id == reading.id for r in d.readings)]
        text += "　用于 " + "、".join(f"第 {d.day} 天" for d in days)
    if show_uses:
        uses = course.days_using(reading.id)
        text += "<br>用于：" + "、".join(
            link(f"第 {d.number} 天", d.page_path, from_src) if d.number in course.published_numbers
            else f"第 {d.number} 天" for d in uses)
    elif from_src != LIBRARY_PAGE:
        text += f" {link('（书目）', f'{LIBRARY_PAGE}#reading-{reading.id}', from_src)}"
    return text


def render_library(course: Course) -> str:
    """All readings, grouped by the stage that first uses them, then by kind."""
    first_stage: dict[str, int] = {}
    for d in course.days:
        for r in d.data.readings:
            first_stage.setdefault(r.id, d.stage.number)
    parts = [f"共 {len(course.data.readings)} 条资料。每条后面列出用到它的日子，点击可跳到那一天。\n"]
    for stage in course.stages:
        group = [r for r in course.data.readings if first_stage.get(r.id) == stage.number]
        if not group:
            continue
        parts.append(f"## 第 {stage.number} 阶段：{esc(stage.title)}\n")
        for kind, label in READING_KINDS.items():
            items = [r for r in group if r.kind == kind]
            if items:
                parts.append(f"### {label}\n")
                parts.extend(reading_item(course, r, LIBRARY_PAGE, show_uses=True) for r in items)
                parts.append("")
    unused = [r for r in course.data.readings if r.id not in first_stage]
    if unused:
        parts.append("## 尚未排入日程\n")
        parts.extend(reading_item(course, r, LIBRARY_PAGE) for r in unused)
    return "\n".join(parts)
