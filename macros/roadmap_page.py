"""The page mapping each item of the original roadmap to the days that teach it."""
from __future__ import annotations

from .course_model import Course
from .day_page import STAGE_NAMES, day_ref
from .page_text import esc


def render_roadmap(course: Course, from_src: str) -> str:
    items = course.data.roadmap
    if not items:
        return "路线图对照表会在全部 91 天规划完成后给出。"
    parts = []
    for stage in course.stages:
        rows = [i for i in items if i.stage == stage.number]
        if not rows:
            continue
        parts.append(f"## {STAGE_NAMES[stage.number]}：{esc(stage.title)}\n")
        parts.append("| 原路线图 | 条目 | 在哪几天学 |\n|---|---|---|")
        for i in rows:
            days = "<br>".join(day_ref(course, course.day_by_number[n], from_src) for n in i.days)
            parts.append(f"| {esc(i.section)} | {esc(i.item)} | {days} |")
        parts.append("")
    return "\n".join(parts)
