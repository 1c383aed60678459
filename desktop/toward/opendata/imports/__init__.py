"""Bringing journals and Toward's own exports in: Day One, jrnl, Toward JSON."""
