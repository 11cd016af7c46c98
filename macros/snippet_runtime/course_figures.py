"""Matplotlib backend used while recording a snippet (MPLBACKEND=module://course_figures).

The snippet ends with an ordinary `plt.show()`; here that call saves every open figure as an SVG
file (text kept as text, so the reader's fonts draw the Chinese labels) in COURSE_FIGURE_DIR.
"""
import os
from pathlib import Path

from matplotlib._pylab_helpers import Gcf
from matplotlib.backend_bases import FigureManagerBase
from matplotlib.backends.backend_svg import FigureCanvasSVG

FigureCanvas = FigureCanvasSVG
FigureManager = FigureManagerBase
_saved = 0


def show(*args, **kwargs):
    global _saved
    target = os.environ.get("COURSE_FIGURE_DIR")
    for manager in Gcf.get_all_fig_managers():
        _saved += 1
        if target:
            manager.canvas.figure.savefig(Path(target) / f"{_saved}.svg", format="svg",
                                          metadata={"Date": None, "Creator": None},
                                          bbox_inches="tight")
    Gcf.destroy_all()
