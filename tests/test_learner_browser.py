"""Learner features in Chromium: own start date, today, 打卡 progress and streak, progress files,
the learner's .ics, tags, glossary tooltips, phones and printing (learner.js against the built site).

Dates are chosen relative to the real today (start dates are Mondays a few weeks away), or the
clock is fixed with page.clock, so the tests pass on any day.
"""
from __future__ import annotations

import datetime as dt
import json

import pytest
from playwright.sync_api import expect

from browser_fixtures import ARTIFACTS, _artifacts_dir, base_url, browser, new_page, page  # noqa: F401

pytestmark = [pytest.mark.xdist_group("site"), pytest.mark.browser]

KEY = "llm-course:learner"
FORMAT = "llm-course-progress"
DAY3 = "stage-1/week-01/day-03/"


def monday(weeks: int) -> dt.date:
    """The Monday `weeks` weeks from this week's Monday (negative: in the past)."""
    today = dt.date.today()
    return today - dt.timedelta(days=today.weekday()) + dt.timedelta(weeks=weeks)


def day_number_today(start: dt.date) -> int:
    return (dt.date.today() - start).days + 1


def store(pg, base_url, start: dt.date | None, done: list[int]):
    """Put a learner state into the browser's storage, as learner.js writes it."""
    pg.goto(base_url)
    value = {"format": FORMAT, "version": 1, "start": start and start.isoformat(), "done": done}
    pg.evaluate("([k, v]) => localStorage.setItem(k, v)", [KEY, json.dumps(value)])


def stored(pg) -> dict | None:
    raw = pg.evaluate("k => localStorage.getItem(k)", KEY)
    return raw and json.loads(raw)


def calendar_date(pg, n: int):
    return pg.locator(f'table time.course-date[data-day="{n}"]')


def errors_of(pg) -> list[str]:
    pg.errors = []
    pg.on("pageerror", lambda e: pg.errors.append(str(e)))
    return pg.errors


# --- my start date ---------------------------------------------------------------------------

def test_start_date_moves_the_calendar_and_day_headers(page, base_url, course):
    errors = errors_of(page)
    start = monday(5)
    page.goto(base_url + "calendar/")
    form = page.locator("form[data-learner-start]")
    form.get_by_label("我的开课日期（周一）").fill(start.isoformat())
    form.get_by_role("button", name="使用这个日期").click()
    expect(calendar_date(page, 10)).to_have_attribute("datetime", (start + dt.timedelta(days=9)).isoformat())
    expect(calendar_date(page, 91)).to_have_text((start + dt.timedelta(days=90)).isoformat())
    expect(page.locator("[data-learner-tools] [data-learner-status]")).to_contain_text(start.isoformat())
    assert stored(page)["start"] == start.isoformat()

    # Not a Monday: refused, with a message; the dates stay.
    form.get_by_label("我的开课日期（周一）").fill((start + dt.timedelta(days=2)).isoformat())
    form.get_by_role("button", name="使用这个日期").click()
    expect(page.locator("[data-learner-tools] [data-learner-status]")).to_have_text("请选择一个周一作为开课日期。")
    expect(calendar_date(page, 10)).to_have_attribute("datetime", (start + dt.timedelta(days=9)).isoformat())

    # A day page, reached by instant navigation and by a full load, follows the same date.
    page.locator("table a[href$='day-03/']").click()
    page.wait_for_url("**/" + DAY3)
    expect(page.locator(".day-meta time.course-date")).to_have_text((start + dt.timedelta(days=2)).isoformat())
    page.reload()
    expect(page.locator(".day-meta time.course-date")).to_have_attribute(
        "datetime", (start + dt.timedelta(days=2)).isoformat())

    # Back to the default from the home page.
    page.goto(base_url)
    page.locator("[data-learner-home]").get_by_role("button", name="恢复默认日期").click()
    default = course.settings.start_date
    expect(page.locator("[data-learner-home] [data-learner-status]")).to_contain_text(default.isoformat())
    page.goto(base_url + DAY3)
    expect(page.locator(".day-meta time.course-date")).to_have_text(course.date_of(3).isoformat())
    assert not errors, errors


def test_without_javascript_the_build_time_dates_show(browser, base_url, course):
    pg = new_page(browser, java_script_enabled=False)
    pg.goto(base_url + "calendar/")
    expect(calendar_date(pg, 1)).to_have_text(course.date_of(1).isoformat())
    expect(pg.locator("form[data-learner-start]")).to_be_hidden()
    expect(pg.locator("progress").first).to_be_hidden()
    expect(pg.get_by_role("link", name="下载 course.ics（按默认开课日期）")).to_be_visible()
    pg.goto(base_url + DAY3)
    expect(pg.locator(".day-done-button")).to_be_hidden()
    pg.context.close()


# --- today -----------------------------------------------------------------------------------

@pytest.mark.parametrize("weeks, case", [(-2, "running"), (3, "future"), (-14, "after")])
def test_today_follows_the_learners_dates(page, base_url, course, weeks, case):
    start = monday(weeks)
    n = day_number_today(start)
    store(page, base_url, start, [])
    page.goto(base_url)
    today = page.locator("[data-learner-today]")
    if case == "running":
        day = course.day_by_number[n]
        expect(today).to_have_text(f"今天：第 {n} 天 · {day.data.title}（{ {'lesson': '课程', 'review': '复习', 'summary': '总结'}[day.data.kind]}）")
        href = today.locator("a").get_attribute("href")
        assert href == (day.page_path[:-3] + "/" if n in course.published_numbers else "calendar/")
    elif case == "future":
        expect(today).to_contain_text(f"还没开始（距开课还有 {1 - n} 天）")
    else:
        assert n > 91
        expect(today).to_have_text("已完成全部课程")
    page.goto(base_url + "calendar/")
    current = page.locator("table tr[aria-current='date']")
    if case == "running":
        expect(current).to_have_count(1)
        expect(current.locator(".calendar-day")).to_have_text(str(n))
        expect(current.locator(".learner-badge--today")).to_have_text("今天")
    else:
        expect(current).to_have_count(0)


def test_today_with_the_default_dates_and_a_fixed_clock(page, base_url, course):
    page.clock.set_fixed_time(dt.datetime.combine(course.date_of(3), dt.time(9, 30)))
    page.goto(base_url)
    expect(page.locator("[data-learner-today]")).to_have_text(f"今天：第 3 天 · {course.day_by_number[3].data.title}（课程）")
    page.locator("[data-learner-today] a").click()
    page.wait_for_url("**/" + DAY3)


# --- progress ----------------------------------------------------------------------------------

def test_marked_days_survive_a_reload_and_move_to_another_browser(page, browser, base_url, tmp_path):
    errors = errors_of(page)
    for n in (1, 2, 3):
        page.goto(base_url + f"stage-1/week-01/day-0{n}/")
        button = page.get_by_role("button", name="标记为已完成")
        expect(button).to_have_attribute("aria-pressed", "false")
        if n == 2:  # by keyboard
            button.focus()
            page.keyboard.press("Enter")
        else:
            button.click()
        expect(button).to_have_attribute("aria-pressed", "true")
        expect(page.locator(".day-done [data-learner-status]")).to_have_text(f"第 {n} 天已标记为完成。")
    page.reload()
    expect(page.get_by_role("button", name="标记为已完成")).to_have_attribute("aria-pressed", "true")
    assert stored(page)["done"] == [1, 2, 3]

    page.goto(base_url + "calendar/")
    expect(page.locator("tr.learner-row-done")).to_have_count(3)
    expect(page.get_by_role("progressbar", name="第 1 周进度")).to_have_attribute("value", "3")
    expect(page.get_by_role("progressbar", name="第一阶段进度")).to_have_attribute("value", "3")
    with page.expect_download() as info:
        page.get_by_role("button", name="导出学习进度（JSON 文件）").click()
    exported = tmp_path / info.value.suggested_filename
    info.value.save_as(exported)
    assert json.loads(exported.read_text(encoding="utf-8"))["done"] == [1, 2, 3]

    other = new_page(browser)
    other.goto(base_url + "calendar/")
    expect(other.locator("tr.learner-row-done")).to_have_count(0)
    bad = tmp_path / "not-progress.json"
    bad.write_text('{"hello": 1}', encoding="utf-8")
    other.get_by_label("导入进度文件（替换这里的进度）：").set_input_files(bad)
    expect(other.locator("[data-learner-tools] [data-learner-status]")).to_contain_text("不是本课程导出的进度文件")
    other.get_by_label("导入进度文件（替换这里的进度）：").set_input_files(exported)
    expect(other.locator("[data-learner-tools] [data-learner-status]")).to_contain_text("已导入")
    expect(other.locator("tr.learner-row-done")).to_have_count(3)
    assert stored(other) == stored(page)
    other.goto(base_url + "stage-1/week-01/day-02/")
    expect(other.get_by_role("button", name="标记为已完成")).to_have_attribute("aria-pressed", "true")
    other.context.close()
    assert not errors, errors


@pytest.mark.parametrize("offsets, streak", [
    ((-3, -2, -1), 3),  # ends yesterday: today's lesson is not done yet, the streak still counts
    ((-2, -1, 0), 3),  # ends today
    ((-4, -1, 0), 2),  # a gap breaks it
    ((-4, -3), 0),  # nothing yesterday or today
])
def test_overall_progress_and_streak_on_the_home_page(page, base_url, offsets, streak):
    start = monday(-2)
    n = day_number_today(start)
    store(page, base_url, start, [n + k for k in offsets])
    page.goto(base_url)
    expect(page.locator("[data-learner-streak]")).to_have_text(str(streak))
    expect(page.locator("[data-learner-home] [data-progress-text]")).to_have_text(f"{len(offsets)} / 91 天")


@pytest.mark.parametrize("raw", [
    "{not json",
    json.dumps({"format": FORMAT, "version": 99, "start": None, "done": [1]}),
    json.dumps({"format": FORMAT, "version": 1, "start": "2027-01-05", "done": [1]}),  # a Tuesday
    json.dumps({"format": FORMAT, "version": 1, "start": None, "done": [0, "x"]}),
], ids=["not json", "unknown version", "not a monday", "bad days"])
def test_unreadable_progress_is_kept_aside_and_reported(page, base_url, raw):
    errors = errors_of(page)
    page.goto(base_url)
    page.evaluate("([k, v]) => localStorage.setItem(k, v)", [KEY, raw])
    page.goto(base_url + DAY3)
    notice = page.get_by_role("alert")
    expect(notice).to_contain_text("无法识别")
    kept = page.evaluate("k => Object.keys(localStorage).filter(x => x.startsWith(k + ':unreadable:'))", KEY)
    assert len(kept) == 1 and kept[0] in notice.inner_text()
    assert page.evaluate("k => localStorage.getItem(k)", kept[0]) == raw
    page.get_by_role("button", name="标记为已完成").click()  # the page still works
    expect(page.get_by_role("button", name="标记为已完成")).to_have_attribute("aria-pressed", "true")
    assert stored(page)["done"] == [3]
    assert not errors, errors


# --- calendar files ----------------------------------------------------------------------------

def test_learners_own_ics_has_their_dates(page, base_url, built_site, tmp_path):
    icalendar = pytest.importorskip("icalendar")
    start = monday(4)
    store(page, base_url, start, [])
    page.goto(base_url + "calendar/")
    with page.expect_download() as info:
        page.get_by_role("button", name="下载按我的开课日期排的 .ics").click()
    assert info.value.suggested_filename == f"course-{start.isoformat()}.ics"
    path = tmp_path / "mine.ics"
    info.value.save_as(path)
    raw = path.read_bytes()
    assert raw.count(b"\n") == raw.count(b"\r\n")
    events = icalendar.Calendar.from_ical(raw).walk("VEVENT")
    default = icalendar.Calendar.from_ical((built_site / "course.ics").read_bytes()).walk("VEVENT")
    assert len(events) == 91
    for n, (mine, built) in enumerate(zip(events, default), 1):
        assert mine.decoded("DTSTART") == start + dt.timedelta(days=n - 1)
        assert mine.decoded("DTEND") == start + dt.timedelta(days=n)
        assert mine["UID"] == built["UID"] and mine["SUMMARY"] == built["SUMMARY"]
        assert mine["DESCRIPTION"] == built["DESCRIPTION"]


# --- topics and glossary -------------------------------------------------------------------------

def test_a_tag_chip_leads_to_the_days_with_that_tag(page, base_url, course):
    page.goto(base_url + DAY3)
    page.locator("nav.md-tags a.md-tag", has_text="numpy").click()
    page.wait_for_url("**/tags/#tag:numpy")
    listed = page.locator("h2[id='tag:numpy'] + ul a").evaluate_all("els => els.map(a => a.pathname)")
    expected = [f"/{d.page_path[:-3]}/" for d in course.days
                if "numpy" in d.data.tags and d.number in course.published_numbers]
    assert listed == expected


def test_a_glossary_term_shows_its_definition(page, base_url):
    page.goto(base_url + DAY3)
    term = page.locator("article abbr.glossary-term").first
    definition = term.get_attribute("title")
    assert definition and "：" in definition
    term.hover()
    tooltip = page.locator(".md-tooltip2", has_text=definition)
    expect(tooltip).to_be_visible()
    page.mouse.move(0, 0)
    expect(tooltip).to_have_count(0)
    term.focus()  # keyboard users get it too
    expect(page.locator(".md-tooltip2", has_text=definition)).to_be_visible()
    page.screenshot(path=str(ARTIFACTS / "learner-glossary-tooltip.png"))


# --- phones and paper ----------------------------------------------------------------------------

@pytest.mark.parametrize("path, name", [("calendar/", "calendar"), (DAY3, "day-03")])
def test_usable_on_a_375px_phone(browser, base_url, path, name):
    pg = new_page(browser, 375, 812, is_mobile=True, has_touch=True)
    store(pg, base_url, monday(-1), [1, 2])
    pg.goto(base_url + path)
    overflow = pg.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
    assert overflow <= 0, f"{path} 在 375 px 宽的屏幕上横向溢出 {overflow} px"
    controls = pg.locator("[data-learner-start] input, [data-learner-start] button, .day-done-button")
    assert controls.count() >= 1
    for i in range(controls.count()):
        box = controls.nth(i).bounding_box()
        assert box and box["x"] >= 0 and box["x"] + box["width"] <= 375, f"第 {i} 个控件超出屏幕"
    pg.screenshot(path=str(ARTIFACTS / f"learner-{name}-375.png"), full_page=True)
    if path == DAY3:
        pg.locator(".day-done-button").tap()
        expect(pg.locator(".day-done-button")).to_have_attribute("aria-pressed", "true")
    pg.context.close()


def test_a_day_page_prints_with_answers_open_and_no_navigation(page, base_url):
    page.goto(base_url + DAY3)
    closed = page.locator("article details:not([open])").count()
    assert closed >= 3, "第 3 天应有折叠的参考答案"
    page.emulate_media(media="print")
    page.evaluate("window.dispatchEvent(new Event('beforeprint'))")
    expect(page.locator("article details:not([open])")).to_have_count(0)
    for selector in (".md-sidebar--primary", ".md-header", ".day-pager", ".day-done", ".md-footer"):
        expect(page.locator(selector).first).to_be_hidden()
    wrap = page.locator("article pre code").first.evaluate("el => getComputedStyle(el).whiteSpace")
    assert wrap == "pre-wrap"
    page.evaluate("window.dispatchEvent(new Event('afterprint'))")
    page.emulate_media(media="screen")
    expect(page.locator("article details:not([open])")).to_have_count(closed)  # as the reader left them
    page.pdf(path=str(ARTIFACTS / "learner-day-03-print.pdf"))  # Chromium's print path, for a look
