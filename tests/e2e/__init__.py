"""Toward run as a person runs it: a separate process, offscreen."""
