"""The course data model: course.yml read into typed, validated objects.

Field types live in the pydantic classes; rules that span several fields or the whole file are
checked afterwards in `_check_course`. Every problem found is collected, and `load_course` raises
one `CourseDataError` listing them all, each naming the file, the day (or reading) and the field.
"""
from __future__ import annotations

import datetime as dt
import re
from functools import cached_property
from pathlib import Path
from typing import Annotated, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

WEEKDAYS = ["周一", "周二", "周三", "周四", "周五", "周六", "周日"]
KIND_BY_WEEKDAY = ["lesson"] * 5 + ["review", "summary"]
KIND_LABELS = {"lesson": "课程", "review": "复习", "summary": "总结"}
READING_KINDS = {"paper": "论文", "book": "书籍", "docs": "文档", "course": "课程", "video": "视频"}
DAYS_IN_COURSE = 91
URL_RE = re.compile(r"^https://[A-Za-z0-9.-]+\.[A-Za-z]{2,}(/[^\s]*)?$")
ARXIV_RE = re.compile(r"^https://arxiv\.org/abs/\d{4}\.\d{4,5}$")
ID_RE = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")

NonEmpty = Annotated[str, Field(min_length=1)]


class CourseDataError(Exception):
    """course.yml is wrong; the message lists every problem, one per line."""

    def __init__(self, problems: list[str]):
        self.problems = problems
        super().__init__("\n".join(problems))


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, strict=False)


class Minutes(_Strict):
    theory: int = Field(ge=0)
    practice: int = Field(ge=0)
    reading: int = Field(ge=0)

    @property
    def total(self) -> int:
        return self.theory + self.practice + self.reading


class DayReading(_Strict):
    id: NonEmpty
    note: str = ""


class Day(_Strict):
    day: int = Field(ge=1, le=DAYS_IN_COURSE)
    weekday: Literal["周一", "周二", "周三", "周四", "周五", "周六", "周日"]
    kind: Literal["lesson", "review", "summary"]
    title: NonEmpty
    objectives: list[NonEmpty] = Field(min_length=3, max_length=5)
    topics: list[NonEmpty] = Field(min_length=1)
    minutes: Minutes
    tags: list[NonEmpty] = Field(min_length=1)
    readings: list[DayReading] = []
    prerequisites: list[int] = []

    @field_validator("readings", mode="before")
    @classmethod
    def _reading_shorthand(cls, value):
        # A reading may be written as a bare id when the day has nothing to add about it.
        if isinstance(value, list):
            return [{"id": r} if isinstance(r, str) else r for r in value]
        return value


class Week(_Strict):
    number: int = Field(ge=1)
    title: NonEmpty
    theme: NonEmpty
    schedule: NonEmpty
    days: list[Day] = []


class Stage(_Strict):
    number: int = Field(ge=1, le=4)
    title: NonEmpty
    goal: NonEmpty
    weeks: list[Week] = Field(min_length=1)


class Reading(_Strict):
    id: NonEmpty
    kind: Literal["paper", "book", "docs", "course", "video"]
    title: NonEmpty
    authors: list[NonEmpty] = Field(min_length=1)
    year: int = Field(ge=1900, le=2100)
    url: NonEmpty
    note: str = ""


class RoadmapItem(_Strict):
    stage: int = Field(ge=1, le=4)
    section: NonEmpty
    item: NonEmpty
    days: list[int] = Field(min_length=1)


class Hours(_Strict):
    min: int = Field(ge=1)
    max: int = Field(ge=1)


class Settings(_Strict):
    title: NonEmpty
    subtitle: NonEmpty
    start_date: dt.date
    hours_per_day: Hours


class CourseFile(_Strict):
    course: Settings
    stages: list[Stage] = Field(min_length=1)
    readings: list[Reading] = []
    roadmap: list[RoadmapItem] = []


# --- the objects the site uses --------------------------------------------------------------


class DayPlace(BaseModel):
    """A day with where it sits in the course; everything a page needs about it."""

    model_config = ConfigDict(frozen=True)
    data: Day
    stage: Stage
    week: Week

    @property
    def number(self) -> int:
        return self.data.day

    @property
    def page_path(self) -> str:
        """Path under docs/, derived from the day's place (never typed in the data)."""
        return f"stage-{self.stage.number}/week-{self.week.number:02d}/day-{self.number:02d}.md"


class Course:
    """The validated course plus the look-ups pages need (by day number, reading id...)."""

    def __init__(self, data: CourseFile, docs_dir: Path):
        self.data = data
        self.settings = data.course
        self.stages = data.stages
        self.docs_dir = docs_dir
        self.days = [
            DayPlace(data=d, stage=s, week=w) for s in data.stages for w in s.weeks for d in w.days
        ]
        self.day_by_number = {d.number: d for d in self.days}
        self.reading_by_id = {r.id: r for r in data.readings}
        self.weeks = [w for s in data.stages for w in s.weeks]

    def date_of(self, day_number: int) -> dt.date:
        return self.settings.start_date + dt.timedelta(days=day_number - 1)

    def is_published(self, day: DayPlace) -> bool:
        return (self.docs_dir / day.page_path).is_file()

    @cached_property
    def published_numbers(self) -> frozenset[int]:
        return frozenset(d.number for d in self.days if self.is_published(d))

    def days_using(self, reading_id: str) -> list[DayPlace]:
        return [d for d in self.days if any(r.id == reading_id for r in d.data.readings)]

    def stage_of_week(self, week: Week) -> Stage:
        return next(s for s in self.stages if week in s.weeks)


# --- loading and checking -------------------------------------------------------------------

_TYPE_NAMES = {"int": "整数", "str": "字符串", "list": "列表", "dict": "映射", "date": "日期",
               "bool": "布尔值", "float": "小数", "NoneType": "空值"}


def _describe(value) -> str:
    kind = _TYPE_NAMES.get(type(value).__name__, type(value).__name__)
    shown = repr(value) if len(repr(value)) <= 40 else repr(value)[:37] + "..."
    return f"{kind} {shown}"


def _explain(err: dict) -> str:
    """One pydantic error in plain words: what was expected, and what was found."""
    kind, ctx, got = err["type"], err.get("ctx", {}), err.get("input")
    if kind == "missing":
        return "缺少必填字段"
    if kind == "extra_forbidden":
        return "不认识的字段（拼写错误？）"
    if kind == "literal_error":
        return f"取值应为 {ctx.get('expected', '')} 之一，实际是 {_describe(got)}"
    if kind in ("too_short", "too_long"):
        lo, hi = ctx.get("min_length"), ctx.get("max_length")
        want = f"至少 {lo} 项" if kind == "too_short" else f"至多 {hi} 项"
        return f"应有{want}，实际 {ctx.get('actual_length')} 项"
    if kind == "string_too_short":
        return "不能为空"
    if kind in ("greater_than_equal", "less_than_equal"):
        bound = ctx.get("ge", ctx.get("le"))
        word = "不小于" if kind == "greater_than_equal" else "不大于"
        return f"应{word} {bound}，实际是 {_describe(got)}"
    wanted = {"int": "整数", "string": "字符串", "list": "列表", "dict": "映射",
              "model": "映射", "date": "日期（YYYY-MM-DD）"}
    for key, name in wanted.items():
        if kind.startswith(key):
            return f"应为{name}，实际是 {_describe(got)}"
    return f"{err['msg']}（实际是 {_describe(got)}）"


def _where(raw: dict, loc: tuple) -> str:
    """Turn a location path into words: 第 12 天 / 阅读条目 'x' / 第 3 周, then the field path."""
    who, node, path = "", raw, []
    for i, part in enumerate(loc):
        path.append(f"[{part}]" if isinstance(part, int) else ("." if path else "") + str(part))
        node = node[part] if isinstance(node, (dict, list)) and _has(node, part) else None
        if isinstance(part, int) and i >= 1 and isinstance(node, dict):
            parent = loc[i - 1]
            if parent == "days" and "day" in node:
                who, path = f"第 {node['day']} 天", []
            elif parent == "weeks" and "number" in node:
                who, path = f"第 {node['number']} 周", []
            elif parent == "stages" and "number" in node:
                who, path = f"第 {node['number']} 阶段", []
            elif parent == "readings" and loc[0] == "readings" and "id" in node:
                who, path = f"阅读条目 '{node['id']}'", []
            elif parent == "roadmap":
                who, path = f"路线图条目 {part + 1}", []
    field = "".join(path) or "（整条）"
    return f"{who} 字段 {field}" if who else f"字段 {field}"


def _has(node, key) -> bool:
    return key in node if isinstance(node, dict) else isinstance(key, int) and 0 <= key < len(node)


def read_yaml(path: Path):
    """The parsed YAML of a data file; a syntax error becomes a CourseDataError naming the line."""
    try:
        return yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = f" 第 {mark.line + 1} 行" if mark else ""
        raise CourseDataError([f"{path.name}{line}: YAML 格式错误：{getattr(exc, 'problem', exc)}"]) from None


def validate_file(path: Path, model: type[BaseModel], top_level: str, where) -> BaseModel:
    """Parse a YAML data file and validate it against `model`; on failure raise CourseDataError
    with one line per problem, naming the file and, through `where(raw, loc)`, the item and field."""
    raw = read_yaml(path)
    if not isinstance(raw, dict):
        raise CourseDataError([f"{path.name}: 顶层应为映射（{top_level}），实际是 {_describe(raw)}"])
    try:
        return model.model_validate(raw)
    except ValidationError as exc:
        raise CourseDataError([f"{path.name}: {where(raw, e['loc'])}：{_explain(e)}" for e in exc.errors()]) from None


def load_course(path: Path, docs_dir: Path) -> Course:
    """Read, validate and return the course; raise CourseDataError listing every problem."""
    data = validate_file(path, CourseFile, "course / stages / readings", _where)
    course = Course(data, docs_dir)
    problems = [f"{path.name}: {p}" for p in _check_course(course)]
    if problems:
        raise CourseDataError(problems)
    return course


def _check_course(course: Course) -> list[str]:
    """Rules that span fields: numbering, weekdays, references between days and readings."""
    out: list[str] = []
    settings = course.settings
    if settings.start_date.weekday() != 0:
        out.append(f"字段 course.start_date：开课日期必须是周一，"
                   f"{settings.start_date} 是{WEEKDAYS[settings.start_date.weekday()]}")
    if settings.hours_per_day.min > settings.hours_per_day.max:
        out.append("字段 course.hours_per_day：min 大于 max")

    expected_stage = 1
    week_numbers = [w.number for w in course.weeks]
    for s in course.stages:
        if s.number != expected_stage:
            out.append(f"第 {s.number} 阶段 字段 number：阶段应按顺序编号，这里应为 {expected_stage}")
        expected_stage += 1
    if week_numbers != list(range(1, len(week_numbers) + 1)):
        out.append(f"字段 stages[].weeks[].number：周应从 1 起连续编号，实际是 {week_numbers}")

    numbers = [d.number for d in course.days]
    seen: set[int] = set()
    for d in course.days:
        if d.number in seen:
            out.append(f"第 {d.number} 天 字段 day：天数重复")
        seen.add(d.number)
    if len(numbers) != DAYS_IN_COURSE:
        out.append(f"字段 stages[].weeks[].days：课程应有 {DAYS_IN_COURSE} 天，实际 {len(numbers)} 天")
    for i, (prev, cur) in enumerate(zip(numbers, numbers[1:])):
        if cur != prev + 1 and cur not in numbers[:i + 1]:
            out.append(f"第 {cur} 天 字段 day：编号不连续，前一天是第 {prev} 天")

    for d in course.days:
        day, who = d.data, f"第 {d.number} 天"
        position = (d.number - 1) % 7
        if day.weekday != WEEKDAYS[position]:
            out.append(f"{who} 字段 weekday：应为{WEEKDAYS[position]}，实际是{day.weekday}")
        if day.kind != KIND_BY_WEEKDAY[position]:
            out.append(f"{who} 字段 kind：{WEEKDAYS[position]}应为 {KIND_BY_WEEKDAY[position]}，实际是 {day.kind}")
        if (d.number - 1) // 7 + 1 != d.week.number:
            out.append(f"{who} 字段 day：第 {d.number} 天应在第 {(d.number - 1) // 7 + 1} 周，"
                       f"却写在第 {d.week.number} 周")
        for i, r in enumerate(day.readings):
            if r.id not in course.reading_by_id:
                out.append(f"{who} 字段 readings[{i}].id：未知的阅读条目 '{r.id}'")
        for i, p in enumerate(day.prerequisites):
            if p not in course.day_by_number:
                out.append(f"{who} 字段 prerequisites[{i}]：不存在第 {p} 天")
            elif p >= d.number:
                out.append(f"{who} 字段 prerequisites[{i}]：先修的第 {p} 天不在今天之前")

    seen_ids: set[str] = set()
    for r in course.data.readings:
        who = f"阅读条目 '{r.id}'"
        if r.id in seen_ids:
            out.append(f"{who} 字段 id：id 重复")
        seen_ids.add(r.id)
        if not ID_RE.match(r.id):
            out.append(f"{who} 字段 id：只能用小写字母、数字和连字符")
        if not URL_RE.match(r.url):
            out.append(f"{who} 字段 url：应为完整的 https 网址，实际是 '{r.url}'")
        elif "arxiv.org" in r.url and not ARXIV_RE.match(r.url):
            out.append(f"{who} 字段 url：arXiv 链接应为 https://arxiv.org/abs/编号，实际是 '{r.url}'")

    for i, item in enumerate(course.data.roadmap):
        for p in item.days:
            if p not in course.day_by_number:
                out.append(f"路线图条目 {i + 1} 字段 days：不存在第 {p} 天")

    out.extend(_check_pages(course))
    return out


def _check_pages(course: Course) -> list[str]:
    """A day page file must belong to a day of the plan, at the path derived from its place."""
    expected = {d.page_path for d in course.days}
    out = []
    for page in sorted(course.docs_dir.glob("stage-*/week-*/day-*.md")):
        rel = page.relative_to(course.docs_dir).as_posix()
        if rel not in expected:
            m = re.search(r"day-(\d+)\.md$", rel)
            hint = ""
            if m and int(m.group(1)) in course.day_by_number:
                hint = f"；第 {int(m.group(1))} 天的页面应在 docs/{course.day_by_number[int(m.group(1))].page_path}"
            out.append(f"页面 docs/{rel} 没有对应的天{hint}")
    return out
