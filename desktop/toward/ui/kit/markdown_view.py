"""Showing Markdown safely: nothing is fetched, no link is followed, huge texts stay plain."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QTextBrowser

# Beyond this, rendering Markdown takes noticeable time; the text is shown as it is.
MARKDOWN_LIMIT = 200_000


class MarkdownView(QTextBrowser):
    """Renders Markdown without loading files or network resources."""

    def __init__(self) -> None:
        super().__init__()
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)

    def loadResource(self, kind: int, name: QUrl | str) -> object:
        return None

    def show_markdown(self, text: str) -> None:
        if len(text) > MARKDOWN_LIMIT:
            self.setPlainText(text)
        else:
            self.setMarkdown(text)
