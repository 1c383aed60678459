"""The frozen app's entry point: the same as the `toward` command."""

from toward.__main__ import main

raise SystemExit(main())
