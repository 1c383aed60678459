#!/bin/sh
# Install the built app (dist/toward/ from packaging/build.sh) for the current user:
#   ~/.local/opt/toward/          the one-folder app
#   ~/.local/bin/Toward, toward   the two launchers (the window; the command line)
#   ~/.local/share/applications/  the menu entry; icons into ~/.local/share/icons/hicolor
# Run as root with PREFIX=/usr/local (and OPT=/opt/toward) to install for every account.
# Uninstall: packaging/linux/install.sh --uninstall (same PREFIX/OPT).
set -eu
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
PREFIX=${PREFIX:-$HOME/.local}
OPT=${OPT:-$PREFIX/opt/toward}
APP_ID=org.toward.Toward
SHARE=$PREFIX/share

if [ "${1:-}" = "--uninstall" ]; then
    rm -rf "$OPT"
    rm -f "$PREFIX/bin/Toward" "$PREFIX/bin/toward" "$SHARE/applications/$APP_ID.desktop" \
        "$SHARE/metainfo/$APP_ID.metainfo.xml"
    find "$SHARE/icons/hicolor" -name "$APP_ID.*" -delete 2>/dev/null || true
    echo "Removed Toward from $PREFIX (households in the data folder are untouched)."
    exit 0
fi

[ -x "$ROOT/dist/toward/Toward" ] || { echo "Build first: packaging/build.sh" >&2; exit 1; }
mkdir -p "$OPT" "$PREFIX/bin" "$SHARE/applications" "$SHARE/metainfo"
rm -rf "$OPT"
cp -a "$ROOT/dist/toward" "$OPT"
ln -sf "$OPT/Toward" "$PREFIX/bin/Toward"
ln -sf "$OPT/toward" "$PREFIX/bin/toward"
sed "s|^Exec=Toward|Exec=$PREFIX/bin/Toward|" "$ROOT/packaging/linux/$APP_ID.desktop" \
    > "$SHARE/applications/$APP_ID.desktop"
cp "$ROOT/packaging/linux/$APP_ID.metainfo.xml" "$SHARE/metainfo/"
for dir in "$ROOT"/packaging/icons/hicolor/*/apps; do
    size=$(basename "$(dirname "$dir")")
    mkdir -p "$SHARE/icons/hicolor/$size/apps"
    cp "$dir/$APP_ID.png" "$SHARE/icons/hicolor/$size/apps/"
done
mkdir -p "$SHARE/icons/hicolor/scalable/apps"
cp "$ROOT/resources/toward.svg" "$SHARE/icons/hicolor/scalable/apps/$APP_ID.svg"
command -v update-desktop-database >/dev/null && update-desktop-database -q "$SHARE/applications" || true
command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q "$SHARE/icons/hicolor" 2>/dev/null || true
echo "Installed Toward in $OPT; start it from the menu or with $PREFIX/bin/Toward."
