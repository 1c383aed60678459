"""The therapy summary: built as plain data, rendered as PDF and Markdown."""
