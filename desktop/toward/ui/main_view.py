"""The unlocked app: a sidebar of sections, the page in the middle, who is here at the foot."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from toward.core import clock
from toward.core.formatting import format_date, format_time
from toward.core.i18n import translate
from toward.session import Session
from toward.translations import use_language
from toward.ui.bids.quick_log import QuickLogDialog
from toward.ui.changes import Changes
from toward.ui.kit import theme
from toward.ui.kit.kept_aside import KeptAsideNotice
from toward.ui.kit.regions import FocusRegions
from toward.ui.kit.widgets import Segmented, button, clear_layout, text_label

SIDEBAR_WIDTH = 220


@dataclass(frozen=True)
class Section:
    """One entry of the sidebar; `build` makes its page for the partner whose view it is.

    `label` is the English word, marked with QT_TRANSLATE_NOOP("ui.sections", ...) where
    the section is made and translated where it is shown.
    """

    key: str
    label: str
    icon: str
    build: Callable[[Session, MainView], QWidget]


class MainView(QWidget):
    """Everything shown while unlocked. Destroyed, not hidden, when the app locks."""

    lock_requested = Signal()
    quick_exit_requested = Signal()
    join_requested = Signal()
    auto_lock_changed = Signal()
    reminders_changed = Signal()
    # Just before the pages are destroyed (a lock, quitting, switching whose view it is):
    # editors keep what is typed now, whatever their autosave timers say.
    closing_pages = Signal()

    def __init__(
        self,
        sessions: Sequence[Session],
        sections: Sequence[Section],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("Page")
        self.sessions: list[Session] = list(sessions)
        self.sections = list(sections)
        self._active = 0
        self._use_language_of(self.active)
        # Whose welcome is still to be seen, by partner id, until dismissed or another page
        # is opened (the words are made when shown: in that partner's language).
        self._welcomes: dict[str, Session] = {}
        self.banner: QLabel | None = None
        self.pages = _Pages(self)
        self.changes = {s.partner.id: Changes(s, self) for s in self.sessions}

        self.sidebar = QWidget()
        self.sidebar.setObjectName("Sidebar")
        self.sidebar.setFixedWidth(SIDEBAR_WIDTH)
        side = QVBoxLayout(self.sidebar)
        side.setContentsMargins(0, 18, 0, 12)
        side.setSpacing(8)
        brand = text_label("Toward", "Brand")  # the app's name: never translated
        brand.setContentsMargins(22, 0, 0, 8)
        side.addWidget(brand)
        self.nav = QListWidget()
        # Reached with Tab, not by a click: its focus frame marks keyboard use only.
        self.nav.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.nav.setIconSize(QSize(20, 20))
        self.nav.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for section in self.sections:
            item = QListWidgetItem(theme.icon(section.icon), "")
            item.setData(Qt.ItemDataRole.UserRole, section.key)
            item.setSizeHint(QSize(SIDEBAR_WIDTH - 20, 36))  # nine fit a 560 px window
            self.nav.addItem(item)
        self._name_sections()
        self.nav.currentRowChanged.connect(self._show_section)
        side.addWidget(self.nav, 1)
        self.foot = QWidget()
        self.foot.setObjectName("SidebarFoot")
        self.foot_layout = QVBoxLayout(self.foot)
        self.foot_layout.setContentsMargins(16, 12, 16, 4)
        self.foot_layout.setSpacing(8)
        side.addWidget(self.foot)

        self.stack = QStackedWidget()
        self.banner_holder = QVBoxLayout()
        self.banner_holder.setContentsMargins(32, 16, 32, 0)
        content = QVBoxLayout()
        content.setContentsMargins(0, 0, 0, 0)
        content.setSpacing(0)
        if self.active.household.read_only:
            content.addWidget(_read_only_note())
        self.kept_aside = KeptAsideNotice()  # stays above every page until dismissed
        content.addWidget(self.kept_aside)
        content.addLayout(self.banner_holder)
        content.addWidget(self.stack, 1)

        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.sidebar)
        row.addLayout(content, 1)

        self._build_foot()
        self._build_pages()
        self._welcome(self.active)
        self._show_banner()
        self.kept_aside.show_for(self.active)
        self.nav.setCurrentRow(0)
        # The welcome is seen on the first page, not pinned over every other one.
        self.nav.currentRowChanged.connect(self._dismiss_welcome)
        quick_log = QShortcut(QKeySequence("Ctrl+B"), self)
        quick_log.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        quick_log.activated.connect(self.quick_log)
        self.regions = FocusRegions(self, [self.sidebar, self.stack])  # F6, Shift+F6

    def quick_log(self) -> QuickLogDialog:
        """Log a bid from anywhere (Ctrl+B), as the partner whose view is shown."""
        dialog = QuickLogDialog(self.active, self)
        dialog.open()
        return dialog

    # -- who is here ---------------------------------------------------------------------

    @property
    def active(self) -> Session:
        """The partner whose view is shown (in together mode, either of the two)."""
        return self.sessions[self._active]

    @property
    def together(self) -> bool:
        return len(self.sessions) > 1

    def add_session(self, session: Session) -> None:
        """Together mode: the second partner has unlocked into this window."""
        self.sessions.append(session)
        self.changes[session.partner.id] = Changes(session, self)
        self._build_foot()
        self._welcome(session)
        self.set_active(len(self.sessions) - 1)

    def set_active(self, index: int) -> None:
        """Show the other partner's view, in their own language."""
        if index == self._active:
            return
        self._active = index
        self._rebuild()

    def language_changed(self) -> None:
        """The shown partner chose another language: every page again, in it (no restart)."""
        self._rebuild()

    def _rebuild(self) -> None:
        row = self.nav.currentRow()
        self.closing_pages.emit()
        self._use_language_of(self.active)
        self._name_sections()
        self._build_pages()
        self._build_foot()
        self._show_banner()  # the welcome, if any, of whoever is shown now
        self.kept_aside.show_for(self.active)
        self.nav.setCurrentRow(max(row, 0))
        self._show_section(max(row, 0))
        self.current_page().setFocus()  # the switch that had it is being rebuilt

    def _use_language_of(self, session: Session) -> None:
        use_language(session.settings.language)
        # The window is the app's only one that lives across a change: its direction is
        # set here, the pages built after it inherit the application's.
        self.setLayoutDirection(QApplication.layoutDirection())

    def _name_sections(self) -> None:
        self.nav.setAccessibleName(translate("ui.main_view", "Sections"))
        for row, section in enumerate(self.sections):
            self.nav.item(row).setText(translate("ui.sections", section.label))

    def changes_for(self, session: Session) -> Changes:
        return self.changes[session.partner.id]

    def refresh_partners(self) -> None:
        """Rebuild pages and foot after the household gained its second partner."""
        row = max(self.nav.currentRow(), 0)
        self.closing_pages.emit()
        self._build_pages()
        self._build_foot()
        self._show_section(row)

    def current_page(self) -> QWidget:
        page = self.stack.currentWidget()
        assert page is not None  # a page or its slot stands in every row
        return page

    def show_section(self, key: str) -> None:
        """Go to a section; 'journal:shared' also opens that view inside it."""
        key, _, inner = key.partition(":")
        for row in range(self.nav.count()):
            if self.nav.item(row).data(Qt.ItemDataRole.UserRole) == key:
                self.nav.setCurrentRow(row)
        page = self.pages.get(key)
        if inner and page is not None and hasattr(page, "open_view"):
            page.open_view(inner)

    # -- building ----------------------------------------------------------------------

    def _build_pages(self) -> None:
        """An empty slot per section; each page is built when first shown (or asked for)."""
        # The previous partner's pages are destroyed, not kept behind the new ones.
        while self.stack.count():
            old = self.stack.widget(0)
            assert old is not None
            self.stack.removeWidget(old)
            old.deleteLater()
        self.pages = _Pages(self)
        for _section in self.sections:
            self.stack.addWidget(QWidget())

    def _build_page(self, row: int) -> QWidget:
        page = self.sections[row].build(self.active, self)
        slot = self.stack.widget(row)
        assert slot is not None
        current = self.stack.currentIndex() == row
        self.stack.insertWidget(row, page)
        self.stack.removeWidget(slot)
        slot.deleteLater()
        if current:
            self.stack.setCurrentIndex(row)
        return page

    def _show_section(self, row: int) -> None:
        if 0 <= row < self.stack.count():
            self.pages[self.sections[row].key]  # built on first visit
            self.stack.setCurrentIndex(row)

    def _build_foot(self) -> None:
        clear_layout(self.foot_layout)
        if self.together:
            self.foot_layout.addWidget(text_label(translate("ui.main_view", "Together"), "Muted"))
            switch = Segmented([s.partner.name for s in self.sessions])
            switch.setAccessibleName(translate("ui.main_view", "Whose view"))
            for index, session in enumerate(self.sessions):
                switch.button(index).setIcon(theme.dot_icon(session.partner.colour))
            switch.set_current(self._active)
            switch.changed.connect(self.set_active)
            self.switch = switch
            self.foot_layout.addWidget(switch)
        else:
            who = QWidget()
            line = QHBoxLayout(who)
            line.setContentsMargins(0, 0, 0, 0)
            line.setSpacing(8)
            dot = QLabel()
            dot.setPixmap(theme.dot_icon(self.active.partner.colour).pixmap(14, 14))
            line.addWidget(dot)
            name = text_label(self.active.partner.name, "Heading", wrap=False)
            name.setAccessibleName(
                translate("ui.main_view", "Signed in as {name}").format(
                    name=self.active.partner.name
                )
            )
            line.addWidget(name, 1)
            self.foot_layout.addWidget(who)
            others = [p for p in self.active.household.partners if p.id != self.active.partner.id]
            if others:
                other = others[0].name
                join = button(
                    translate("ui.main_view", "{name} joins").format(name=other),
                    flat=True,
                    icon="join",
                )
                join.setToolTip(
                    translate("ui.main_view", "{name} unlocks too, for time together").format(
                        name=other
                    )
                )
                join.clicked.connect(self.join_requested.emit)
                self.join_button = join
                self.foot_layout.addWidget(join, 0, Qt.AlignmentFlag.AlignLeft)
        lock = button(translate("ui.main_view", "Lock"), icon="lock")
        lock.setToolTip(translate("ui.main_view", "Lock now (Ctrl+L)"))
        lock.clicked.connect(self.lock_requested.emit)
        self.lock_button = lock
        self.foot_layout.addWidget(lock)
        leave = button(translate("ui.main_view", "Quick exit"), flat=True, icon="exit")
        leave.setToolTip(
            translate("ui.main_view", "Lock and hide Toward at once (or press Shift three times)")
        )
        leave.clicked.connect(self.quick_exit_requested.emit)
        self.quick_exit_button = leave
        self.foot_layout.addWidget(leave, 0, Qt.AlignmentFlag.AlignLeft)

    def _welcome(self, session: Session) -> None:
        """Keep `session`'s welcome: shown while its partner's view is, until put away."""
        self._welcomes[session.partner.id] = session

    def _show_banner(self) -> None:
        clear_layout(self.banner_holder)
        self.banner = None
        welcomed = self._welcomes.get(self.active.partner.id)
        if welcomed is None:
            return
        text = welcome_text(welcomed)
        banner = QWidget()
        line = QHBoxLayout(banner)
        line.setContentsMargins(0, 0, 0, 0)
        label = text_label(text, "Notice")
        label.setAccessibleName(translate("ui.main_view", "Welcome message"))
        line.addWidget(label, 1)
        close = button(translate("ui.main_view", "Dismiss"), flat=True)
        close.clicked.connect(self._dismiss_welcome)
        line.addWidget(close)
        self.banner = label
        self.banner_holder.addWidget(banner)

    def _dismiss_welcome(self) -> None:
        if self._welcomes.pop(self.active.partner.id, None) is not None:
            clear_layout(self.banner_holder)
            self.banner = None


def welcome_text(session: Session) -> str:
    """Welcome, the last opening and any wrong passwords since, for the partner who unlocked."""
    report = session.report
    parts = [translate("ui.main_view", "Welcome, {name}.").format(name=session.partner.name)]
    if report.previous_opened_at is not None:
        parts.append(_last_opened(report.previous_opened_at))
    if count := report.failed_attempts:
        if report.previous_opened_at is not None:
            parts.append(
                translate(
                    "ui.main_view",
                    "Since then, %n wrong passwords were tried for your space.",
                    None,
                    count,
                )
            )
        else:
            parts.append(
                translate(
                    "ui.main_view",
                    "Before this, %n wrong passwords were tried for your space.",
                    None,
                    count,
                )
            )
    return " ".join(parts)


def read_only_note_text() -> str:
    return translate(
        "ui.main_view",
        "Read-only: Toward can't write to this folder, so nothing can be changed or added. "
        "Make a backup in Settings, or move the folder somewhere writable and open it there.",
    )


def _read_only_note() -> QWidget:
    """Stays above every page while a read-only household is open (not dismissable)."""
    holder = QWidget()
    line = QHBoxLayout(holder)
    line.setContentsMargins(32, 16, 32, 0)
    note = text_label(read_only_note_text(), "Notice")
    note.setAccessibleName(translate("ui.main_view", "Read-only"))
    line.addWidget(note)
    return holder


class _Pages(Mapping[str, QWidget]):
    """The view's pages by section key, each built the first time it is shown or asked for.

    Building every page at unlock took most of a second with ten years of data, and only
    the first page is seen then (tests/benchmarks/ten_years.py).
    """

    def __init__(self, view: MainView) -> None:
        self._view = view
        self._built: dict[str, QWidget] = {}

    def __getitem__(self, key: str) -> QWidget:
        if key not in self._built:
            rows = [row for row, s in enumerate(self._view.sections) if s.key == key]
            if not rows:
                raise KeyError(key)
            self._built[key] = self._view._build_page(rows[0])
        return self._built[key]

    def __iter__(self) -> Iterator[str]:
        return iter([section.key for section in self._view.sections])

    def __len__(self) -> int:
        return len(self._view.sections)


def _last_opened(moment) -> str:  # noqa: ANN001 - a datetime
    local = moment.astimezone()
    days = (clock.today() - local.date()).days
    if days == 0:
        said = translate("ui.main_view", "Your space was last opened today at {time}.")
    elif days == 1:
        said = translate("ui.main_view", "Your space was last opened yesterday at {time}.")
    else:
        said = translate("ui.main_view", "Your space was last opened on {day} at {time}.")
    return said.format(time=format_time(local), day=format_date(local, "full"))
