// Render maths with the KaTeX copy served by this site (no CDN).
// Markdown pages: pymdownx.arithmatex wraps formulas in .arithmatex as \( \) or \[ \].
// Notebook pages: mkdocs-jupyter leaves $...$ and $$...$$ in the text of the notebook cells.
function renderCourseMath() {
  if (typeof katex === "undefined") return;
  document.querySelectorAll(".arithmatex").forEach((el) => {
    if (el.dataset.rendered) return;
    const tex = el.textContent.trim();
    const display = tex.startsWith("\\[");
    katex.render(tex.slice(2, -2), el, { displayMode: display, throwOnError: false });
    el.dataset.rendered = "1";
  });
  if (typeof renderMathInElement === "function") {
    document.querySelectorAll(".jupyter-wrapper").forEach((el) => {
      renderMathInElement(el, {
        delimiters: [
          { left: "$$", right: "$$", display: true },
          { left: "$", right: "$", display: false },
        ],
        throwOnError: false,
      });
    });
  }
}
// Material's instant navigation swaps pages without reloading: render again on each page.
if (typeof document$ !== "undefined") {
  document$.subscribe(renderCourseMath);
} else {
  document.addEventListener("DOMContentLoaded", renderCourseMath);
}
