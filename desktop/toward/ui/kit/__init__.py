"""The widget kit every page shares: widgets, theme, charts, dialogs, paged rows, pictures."""
