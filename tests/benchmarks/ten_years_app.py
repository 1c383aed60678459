"""The app's side of ten_years.py: the real window on a household, timed from inside.

    python tests/benchmarks/ten_years_app.py FOLDER NAME PASSWORD

Starts the window offscreen as run_app does (theme, AppController, lock screen, the garbage
collector settled after the first paint), unlocks NAME with `Household.unlock` after two
seconds of event loop, as while a password is typed
(unlocking has its own row in ten_years.py, so it is not timed here), then times:
  first page:  the unlocked view built (every page of the sidebar is built at unlock) and
               the Today page shown and painted;
  each page:   that page built again on its own, laid out and drawn (`grab`), as opening
               it does, until its first screenful is complete (charts in view are built
               one event-loop turn after they are first drawn: see `fill`); the median
               of three;
and reports the peak resident memory (VmHWM) (ru_maxrss) once every page has been opened, the
journal searched and the Today data read. One JSON object on stdout.
"""

from __future__ import annotations

import json
import os
import resource
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication, QWidget

from toward.household import Household
from toward.session import Session
from toward.ui.app import AppController, settle_memory
from toward.ui.kit import theme
from toward.ui.kit.charts import ChartSlot

SEARCHES = ("trust", "we talked", "reconn")
TYPING_SECONDS = 2.0


def peak_rss_mb() -> float:
    """This process's peak resident memory, in MiB.

    On Linux VmHWM, not ru_maxrss: the latter keeps the peak of the process that started
    this one (it survives exec), so a big benchmark process would inflate it.
    """
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024 if sys.platform == "darwin" else 1024)  # macOS: bytes


def _profiler():
    if os.environ.get("TOWARD_PROFILE") != "1":
        return None
    from pyinstrument import Profiler

    profiler = Profiler(interval=0.001)
    profiler.start()
    return profiler


def fill(app: QApplication, page: QWidget) -> None:
    """Wait for what the first screenful left to later turns of the event loop, and draw it.

    A chart is built when its slot is first drawn, one turn after (ui/kit/charts.py ChartSlot):
    the time counts until the charts that the first screenful shows are drawn too.
    """
    if not any(slot.pending for slot in page.findChildren(ChartSlot)):
        return
    while any(slot.pending for slot in page.findChildren(ChartSlot)):
        app.processEvents()
    page.grab()


def main(folder: Path, name: str, password: str) -> dict[str, object]:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    theme.apply_theme(app)
    controller = AppController(folder)
    controller.window.first_painted.connect(settle_memory)  # as run_app does
    controller.window.show()
    controller.start()
    # While a person types their password, the app loads the unlocked view's modules.
    typing_ends = time.monotonic() + TYPING_SECONDS
    while time.monotonic() < typing_ends:
        app.processEvents()
        time.sleep(0.01)
    session = Session.start(Household.open(folder).unlock(name, password))

    profiler = _profiler()
    start = time.perf_counter()
    controller._unlocked(session)
    app.processEvents()
    if any(slot.pending for slot in controller.window.findChildren(ChartSlot)):
        while any(slot.pending for slot in controller.window.findChildren(ChartSlot)):
            app.processEvents()
        app.processEvents()  # and drawn
    first_page = time.perf_counter() - start
    if profiler is not None:
        profiler.stop()
        print(profiler.output_text(color=False, show_all=False), file=sys.stderr)
    view = controller.view
    assert view is not None

    pages: dict[str, float] = {}
    for section in controller.sections:
        times = []
        for _ in range(3):
            start = time.perf_counter()
            page = section.build(session, view)
            page.resize(controller.window.size())
            page.grab()
            fill(app, page)
            times.append(time.perf_counter() - start)
            page.deleteLater()
            # Outside a running event loop, processEvents() leaves deferred deletes queued:
            # without this, every timed copy of every page stayed in memory (~9 MB a Bids page).
            app.sendPostedEvents(None, QEvent.Type.DeferredDelete)
            app.processEvents()
        pages[section.label] = statistics.median(times)
        view.show_section(section.key)
        app.processEvents()
    for text in SEARCHES:
        session.journal.search(text)
    session.today()
    result = {"first_page": first_page, "pages": pages, "peak_rss_mb": peak_rss_mb()}
    controller.shutdown()
    return result


if __name__ == "__main__":
    print(json.dumps(main(Path(sys.argv[1]), sys.argv[2], sys.argv[3])))
