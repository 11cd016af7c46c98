/* Learner features: my own start date, today's lesson, 打卡 progress and streak, progress files,
   an .ics for my own dates, and printing with the answers open. Everything stays in this browser
   (localStorage); nothing is sent anywhere. Pages are complete without this script (they show the
   build-time dates); it re-dates, marks and reveals the controls that carry `hidden`. ES2017. */
(function () {
  "use strict";
  const KEY = "llm-course:learner"; // localStorage key of the learner's state
  const FORMAT = "llm-course-progress"; // stored state and exported file share one format
  const VERSION = 1; // bump when the format changes; other versions are kept aside, not guessed at
  const TOTAL = 91; // DAYS_IN_COURSE in macros/course_model.py
  const DAY = 864e5;
  let data = null; // the page's #course-data: default start date, day titles and links
  let problem = ""; // why stored progress could not be used; shown once on the page
  let frozen = false; // unreadable data could not be kept aside: never overwrite it
  let state = null; // { format, version, start: "YYYY-MM-DD" | null (default), done: [day numbers] }

  // --- dates: "YYYY-MM-DD" strings, computed in UTC so daylight saving never shifts a day ---
  const utc = (s) => {
    const m = /^(\d{4})-(\d\d)-(\d\d)$/.exec(s || "");
    return m ? Date.UTC(+m[1], m[2] - 1, +m[3]) : NaN;
  };
  const iso = (t) => new Date(t).toISOString().slice(0, 10);
  const isMonday = (s) => utc(s) === utc(s) && iso(utc(s)) === s && new Date(utc(s)).getUTCDay() === 1;
  const today = () => { const d = new Date(); return Date.UTC(d.getFullYear(), d.getMonth(), d.getDate()); };
  // A <time> remembers its build-time date, so dates can move again (or back) without a reload.
  const built = (t) => t.dataset.built || (t.dataset.built = t.getAttribute("datetime"));
  function defaultStart() {
    if (data) return data.start;
    const t = document.querySelector("time.course-date[data-day]"); // day pages carry no JSON
    return t ? iso(utc(built(t)) - (t.dataset.day - 1) * DAY) : null;
  }
  const start = () => state.start || defaultStart();
  // Today's course day by the learner's dates: 1..91 while the course runs, <1 before, >91 after.
  const todayNumber = () => (today() - utc(start())) / DAY + 1;

  // --- storage ---
  function blank() { return { format: FORMAT, version: VERSION, start: null, done: [] }; }
  function valid(d) {
    return !!d && d.format === FORMAT && d.version === VERSION && (d.start === null || isMonday(d.start)) &&
      Array.isArray(d.done) && d.done.every((n) => Number.isInteger(n) && n >= 1 && n <= TOTAL);
  }
  const tidy = (d) => Object.assign(blank(), { start: d.start, done: [...new Set(d.done)].sort((a, b) => a - b) });
  // Unknown or corrupted data is copied to another key and reported: never dropped silently.
  function load() {
    let raw = null;
    try { raw = localStorage.getItem(KEY); } catch (e) {
      problem = "这个浏览器不允许网页保存数据：开课日期和打卡记录在关闭页面后不会保留。";
      return blank();
    }
    if (raw === null) return blank();
    try { const d = JSON.parse(raw); if (valid(d)) return tidy(d); } catch (e) { /* kept aside below */ }
    const aside = `${KEY}:unreadable:${new Date().toISOString()}`;
    try {
      localStorage.setItem(aside, raw);
      localStorage.removeItem(KEY);
      problem = `保存在这个浏览器里的学习进度无法识别（来自其他版本或已经损坏），原样另存在 localStorage 的“${aside}”里，` +
        "现在从空白进度开始。如果导出过进度文件，可以在课程日历页导入。";
    } catch (e) {
      frozen = true;
      problem = "保存在这个浏览器里的学习进度无法识别，也无法另存；为了不覆盖它，这次的改动不会保存。";
    }
    return blank();
  }
  // Show the new state, store it, and confirm (or say why it could not be stored).
  function commit(from, message) {
    render();
    if (frozen) return say("改动没有保存：浏览器里有一份无法识别的旧进度（见页首提示）。", from, true);
    try { localStorage.setItem(KEY, JSON.stringify(state)); } catch (e) {
      return say("改动没有保存：浏览器不允许保存数据或存储已满。", from, true);
    }
    say(message, from);
  }

  // --- showing the state on the page ---
  function render() {
    const s = start(), now = todayNumber(), done = new Set(state.done);
    document.querySelectorAll("time.course-date[data-day]").forEach((t) => {
      const d = s ? iso(utc(s) + (t.dataset.day - 1) * DAY) : built(t);
      built(t); // remember the build-time date before the first change
      t.setAttribute("datetime", d);
      t.textContent = d;
    });
    document.querySelectorAll(".calendar-day[data-day]").forEach((cell) => {
      const n = +cell.dataset.day, row = cell.closest("tr");
      badge(cell, "done", done.has(n), "已完成");
      badge(cell, "today", n === now, "今天");
      if (!row) return;
      row.classList.toggle("learner-row-done", done.has(n));
      row.classList.toggle("learner-row-today", n === now);
      if (n === now) row.setAttribute("aria-current", "date"); else row.removeAttribute("aria-current");
    });
    document.querySelectorAll("progress[data-first]").forEach((bar) => {
      let count = 0;
      for (let n = +bar.dataset.first; n <= +bar.dataset.last; n++) count += done.has(n);
      bar.value = count;
      const text = bar.parentNode.querySelector("[data-progress-text]");
      if (text) text.textContent = `${count} / ${bar.max} 天`;
    });
    document.querySelectorAll(".day-done-button").forEach((b) => b.setAttribute("aria-pressed", done.has(+b.dataset.day)));
    document.querySelectorAll("[data-learner-streak]").forEach((el) => { el.textContent = streak(now, done); });
    document.querySelectorAll("[data-learner-today]").forEach((el) => showToday(el, now));
    document.querySelectorAll("[data-learner-start] input").forEach((i) => { i.value = s || ""; });
  }
  function badge(cell, kind, on, text) {
    let b = cell.parentNode.querySelector(`.learner-badge--${kind}`);
    if (on && !b) {
      b = document.createElement("span");
      b.className = `learner-badge learner-badge--${kind}`;
      b.textContent = text;
      cell.after(b);
    } else if (!on && b) b.remove();
  }
  // Streak: finished course days in a row, by the learner's dates, ending with today's day, or with
  // yesterday's while today's is not done yet. So it is 0 before the course and from two days after
  // the last finished day (or after day 91) on; days finished ahead of schedule do not extend it.
  function streak(now, done) {
    let n = done.has(now) ? now : now - 1, count = 0;
    while (done.has(n)) { count++; n--; }
    return count;
  }
  function showToday(el, n) {
    const days = data && data.days, link = (d) => {
      const a = document.createElement("a");
      a.href = d.url;
      a.textContent = `第 ${d.day} 天 · ${d.title}`;
      return a;
    };
    if (!days || n !== n) return;
    el.textContent = "";
    if (n < 1) el.append(`还没开始（距开课还有 ${1 - n} 天）。第一课：`, link(days[0]));
    else if (n > days.length) el.append("已完成全部课程");
    else el.append("今天：", link(days[n - 1]), `（${days[n - 1].kind}）`);
  }
  // Messages go to the aria-live region next to the control that was used.
  function say(text, from, error) {
    const box = (from && from.closest("[data-learner-home], [data-learner-tools], .day-done")) || document;
    const out = box.querySelector("[data-learner-status]");
    if (!out) return;
    out.textContent = text;
    out.classList.toggle("is-error", !!error);
  }
  function showProblem() {
    if (!problem) return;
    const box = document.createElement("div"), title = document.createElement("p"), p = document.createElement("p");
    box.className = "admonition warning learner-notice";
    box.setAttribute("role", "alert");
    title.className = "admonition-title";
    title.textContent = "学习进度";
    p.textContent = problem;
    box.append(title, p);
    const article = document.querySelector("article") || document.body;
    article.prepend(box);
    problem = "";
  }

  // --- actions ---
  function setStart(value, from) {
    if (value !== null && !isMonday(value)) return say("请选择一个周一作为开课日期。", from, true);
    state.start = value;
    commit(from, value ? `开课日期改为 ${value}，网站上的日期都按它显示。` : `已恢复默认开课日期 ${defaultStart()}。`);
  }
  function toggleDone(button) {
    const n = +button.dataset.day, done = new Set(state.done);
    if (done.has(n)) done.delete(n); else done.add(n);
    state = tidy({ start: state.start, done: [...done] });
    commit(button, done.has(n) ? `第 ${n} 天已标记为完成。` : `已取消第 ${n} 天的完成标记。`);
  }
  function download(name, type, text) {
    const a = document.createElement("a");
    a.href = URL.createObjectURL(new Blob([text], { type: type }));
    a.download = name;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(a.href), 1000);
  }
  function exportProgress(from) {
    download(`llm-course-progress-${iso(today())}.json`, "application/json", JSON.stringify(state, null, 1) + "\n");
    say(`已导出进度文件（完成 ${state.done.length} 天），在另一个浏览器里用“导入进度文件”读入。`, from);
  }
  function importProgress(input) {
    const file = input.files[0];
    if (!file) return;
    file.text().then((text) => {
      let d = null;
      try { d = JSON.parse(text); } catch (e) { /* reported below */ }
      if (!valid(d)) return say(`“${file.name}”不是本课程导出的进度文件（或版本不同），进度没有改变。`, input, true);
      state = tidy(d);
      commit(input, `已导入“${file.name}”：完成 ${state.done.length} 天，开课日期 ${start()}。`);
    }).then(() => { input.value = ""; });
  }
  // The learner's .ics is the build-time course.ics with its dates moved: the events' text is
  // formatted once, in Python (macros/ics_export.py). Only short, unfolded lines are touched.
  function downloadIcs(from) {
    const link = document.querySelector("[data-learner-ics]"), s = start();
    const shift = (utc(s) - utc(defaultStart())) / DAY;
    fetch(link.href).then((r) => { if (!r.ok) throw new Error(r.status); return r.text(); }).then((text) => {
      const moved = text.replace(/^(DTSTART;VALUE=DATE:|DTEND;VALUE=DATE:|DTSTAMP:)(\d{4})(\d\d)(\d\d)/gm,
        (m, key, y, mo, d) => key + iso(Date.UTC(+y, mo - 1, +d) + shift * DAY).replace(/-/g, ""));
      download(`course-${s}.ics`, "text/calendar", moved);
      say(`已生成从 ${s} 开始的日历文件。`, from);
    }).catch(() => say("读取 course.ics 失败（从本地文件打开的网页读不到它），可以先下载默认日期的版本。", from, true));
  }

  // --- wiring: listeners once on the document (Material's instant navigation swaps the page
  // content, not the document), and a fresh render for every page it shows ---
  document.addEventListener("click", (e) => {
    const b = e.target.closest && e.target.closest("button");
    if (!b) return;
    if (b.matches(".day-done-button")) toggleDone(b);
    else if (b.matches("[data-learner-reset]")) setStart(null, b);
    else if (b.matches("[data-learner-export]")) exportProgress(b);
    else if (b.matches("[data-learner-ics-mine]")) downloadIcs(b);
  });
  document.addEventListener("submit", (e) => {
    if (!e.target.matches("[data-learner-start]")) return;
    e.preventDefault();
    setStart(e.target.elements.start.value, e.target);
  });
  document.addEventListener("change", (e) => { if (e.target.matches("[data-learner-import]")) importProgress(e.target); });
  window.addEventListener("storage", (e) => { if (e.key === KEY) { state = load(); render(); showProblem(); } });
  // Printing: the answers sit in closed <details>; open them for paper, close them again after.
  let opened = [];
  window.addEventListener("beforeprint", () => {
    opened = [...document.querySelectorAll("details:not([open])")];
    opened.forEach((d) => { d.open = true; });
  });
  window.addEventListener("afterprint", () => { opened.forEach((d) => { d.open = false; }); opened = []; });

  function setup() {
    const json = document.getElementById("course-data");
    try { data = json ? JSON.parse(json.textContent) : null; } catch (e) { data = null; }
    document.querySelectorAll("[data-learner-js], [data-learner-start]").forEach((el) => { el.hidden = false; });
    render();
    showProblem();
  }
  state = load();
  if (typeof document$ !== "undefined") document$.subscribe(setup);
  else document.addEventListener("DOMContentLoaded", setup);
})();
