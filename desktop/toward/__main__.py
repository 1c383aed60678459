"""`python -m toward` and the `toward` command (and the frozen app's launcher)."""

from __future__ import annotations

import gc
import sys


def main() -> int:
    """Run the command line with the cyclic garbage collector paused while starting.

    Starting the app makes some 40 collections over objects that all stay alive (PySide6's
    classes and enums, our modules): about 10 ms before the first window. The collector is
    back on once that window is painted (ui.app.settle_memory), or as any other command
    starts (cli.main).
    """
    gc.disable()
    from toward.cli.main import main as run_command_line

    return run_command_line()


if __name__ == "__main__":
    sys.exit(main())
