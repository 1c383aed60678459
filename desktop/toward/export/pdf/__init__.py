"""A summary as a calm, printable PDF (see `page`); the names callers use, in one place."""

from toward.export.pdf.page import protect, render_pdf
from toward.export.pdf.style import PAGE_SIZES

__all__ = ["PAGE_SIZES", "protect", "render_pdf"]
