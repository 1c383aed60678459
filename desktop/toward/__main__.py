"""`python -m toward`: the same as the `toward` command."""

from toward.cli import main

raise SystemExit(main())
