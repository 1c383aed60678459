"""The frozen app's entry point: the same as the `toward` command."""

from toward.cli import main

raise SystemExit(main())
