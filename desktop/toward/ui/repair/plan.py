"""The last step of a repair conversation: a plan written together, item by item, each of
which can become a promise or a standing agreement with one click.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from toward.core.i18n import translate
from toward.core.repairs import GUIDANCE, PlanItem, Repair, Step
from toward.session import Session
from toward.ui.kit.errors import describe
from toward.ui.kit.widgets import Card, button, text_label


class PlanCard(Card):
    """The plan so far; while the conversation is open, add items and turn them into promises."""

    def __init__(
        self,
        session: Session,
        repair: Repair,
        names: dict[str, str],
        after: Callable[[], None],
        *,
        editable: bool,
    ) -> None:
        super().__init__()
        self.session = session
        self.repair = repair
        self.names = names
        self.after = after
        self.editable = editable
        guidance = GUIDANCE[Step.PLAN]
        self.body.addWidget(text_label(guidance.title if editable else guidance.heading, "Heading"))
        if editable:
            self.body.addWidget(text_label(guidance.guidance, "Muted"))
        items = session.repairs.plan(repair)
        self.rows: dict[str, QWidget] = {}
        for item in items:
            self.rows[item.id] = self._row(item, editable)
            self.body.addWidget(self.rows[item.id])
        if not items:
            self.body.addWidget(
                text_label(translate("ui.repair.plan", "No plan items yet."), "Muted")
            )
        self.error = text_label("", "Error")
        self.error.hide()
        if editable:
            adding = QHBoxLayout()
            self.new_item = QLineEdit()
            self.new_item.setPlaceholderText(guidance.prompt)
            self.new_item.setAccessibleName(translate("ui.repair.plan", "New plan item"))
            self.new_item.setText(session.repairs.plan_draft(repair))  # kept while typing
            self.new_item.returnPressed.connect(self.add_item)
            add = button(translate("ui.repair.plan", "Add to the plan"), icon="plus")
            add.clicked.connect(self.add_item)
            adding.addWidget(self.new_item, 1)
            adding.addWidget(add)
            self.body.addLayout(adding)
            done = repair.submitted(Step.PLAN)
            me = session.partner.id
            if done:
                self.body.addWidget(text_label(self._done(sorted(done)), "Muted"))
            self.finish_button = button(
                translate("ui.repair.plan", "The plan is complete for me"), primary=True
            )
            self.finish_button.setEnabled(me not in done)
            self.finish_button.clicked.connect(self.finish_plan)
            self.body.addWidget(self.finish_button, 0, Qt.AlignmentFlag.AlignRight)
        self.body.addWidget(self.error)

    def _row(self, item: PlanItem, editable: bool) -> QWidget:
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        words = QVBoxLayout()
        words.addWidget(text_label(item.text))
        words.addWidget(text_label(self._became(item), "Muted"))
        line.addLayout(words, 1)
        if editable and not (item.promise_id or item.agreement_id):
            promise = button(translate("ui.repair.plan", "Make it my promise"))
            promise.setToolTip(
                translate("ui.repair.plan", "A promise from you to your partner, with this text")
            )
            promise.clicked.connect(lambda: self._act(lambda: self._promise(item)))
            agreement = button(translate("ui.repair.plan", "Make it our agreement"))
            agreement.setToolTip(
                translate("ui.repair.plan", "A standing agreement for the two of you")
            )
            agreement.clicked.connect(
                lambda: self._act(lambda: self.session.repairs.make_agreement(item))
            )
            line.addWidget(promise, 0, Qt.AlignmentFlag.AlignTop)
            line.addWidget(agreement, 0, Qt.AlignmentFlag.AlignTop)
            if item.info.author_id == self.session.partner.id:
                remove = button(translate("ui.repair.plan", "Remove"), flat=True)
                remove.clicked.connect(
                    lambda: self._act(lambda: self.session.repairs.remove_plan_item(item))
                )
                line.addWidget(remove, 0, Qt.AlignmentFlag.AlignTop)
        return row

    def _became(self, item: PlanItem) -> str:
        added = self.names.get(item.info.author_id, "?")
        if item.promise_id:
            try:
                promise = self.session.promises.get(item.promise_id)
            except LookupError:
                return translate("ui.repair.plan", "Added by {partner} · became a promise").format(
                    partner=added
                )
            return translate(
                "ui.repair.plan", "Added by {partner} · became {promiser}'s promise ({status})"
            ).format(
                partner=added,
                promiser=self.names.get(promise.promiser_id, "?"),
                status=promise.status.label,
            )
        if item.agreement_id:
            return translate(
                "ui.repair.plan", "Added by {partner} · became a standing agreement"
            ).format(partner=added)
        return translate("ui.repair.plan", "Added by {partner}").format(partner=added)

    def _done(self, partners: list[str]) -> str:
        names = [self.names.get(p, "?") for p in partners]
        if len(names) == 1:
            return translate("ui.repair.plan", "Done with the plan: {partner}.").format(
                partner=names[0]
            )
        return translate("ui.repair.plan", "Done with the plan: {first} and {second}.").format(
            first=names[0], second=names[1]
        )

    def _promise(self, item: PlanItem) -> None:
        self.session.repairs.make_promise(item)

    def add_item(self) -> None:
        if self._act(lambda: self.session.repairs.add_plan_item(self.repair, self.new_item.text())):
            self.new_item.clear()

    def finish_plan(self) -> None:
        self._act(lambda: self.session.repairs.finish(self.repair))

    def _act(self, action: Callable[[], object]) -> bool:
        try:
            action()
        except Exception as exc:  # a known error is a sentence; anything else a bug
            self.error.setText(describe(exc))
            self.error.show()
            return False
        self.after()
        return True
