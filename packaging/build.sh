#!/bin/sh
# Build the one-folder app into dist/toward/ and check it with its own selftest.
#
#     packaging/build.sh            (from anywhere; uses .venv/ at the repository root)
#
# Needs the package extra: .venv/bin/pip install -e '.[package]'
# Afterwards: dist/toward/Toward starts the app; dist/toward/toward selftest re-checks it.
set -eu
ROOT=$(cd "$(dirname "$0")/.." && pwd)
PYTHON=${PYTHON:-$ROOT/.venv/bin/python}
cd "$ROOT"
"$PYTHON" packaging/make_icons.py
"$PYTHON" -m PyInstaller --noconfirm --clean \
    --distpath "$ROOT/dist" --workpath "$ROOT/build/pyinstaller" packaging/toward.spec
echo "Built $ROOT/dist/toward ($(du -sh "$ROOT/dist/toward" | cut -f1))"
QT_QPA_PLATFORM=offscreen "$ROOT/dist/toward/toward" selftest
