"""Prompts, icons and the style sheet, shipped inside the package as toward.resources."""

from pathlib import Path

_FOLDER = Path(__file__).parent


def resource_path(*parts: str) -> Path:
    """A file shipped in toward.resources (a plain folder in every install and the frozen app).

    Not importlib.resources: importing it is a few milliseconds the lock screen waits for.
    """
    return _FOLDER.joinpath(*parts)
