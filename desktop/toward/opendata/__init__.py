"""Open data: everything a partner can read, out in open formats and back in.

`kinds` is the one registry of record kinds; `rows` reads and writes whole rows; `export`
writes JSON, Markdown and CSV through an `archive` (a folder or an encrypted zip); `imports`
reads Toward's own export, Day One and jrnl. Below both the UI and the command line.
"""
