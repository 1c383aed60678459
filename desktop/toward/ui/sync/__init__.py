"""Toward on two computers, the desktop side: the status line, exchanges, joining."""
