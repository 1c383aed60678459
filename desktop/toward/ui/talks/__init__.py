"""Talks: planned conversations on the big topics of a shared life."""
