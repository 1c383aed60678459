"""Prompts, icons and the style sheet, shipped inside the package as toward.resources."""
