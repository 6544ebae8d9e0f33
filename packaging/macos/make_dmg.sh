#!/bin/sh
# macOS disk image from the PyInstaller .app (run by `make installers` and release.yml on macOS,
# after packaging/build_bundle.py): dist/field-reference-<version>-macos-<arch>.dmg holding
# "Field Reference.app" and a link to /Applications to drag it onto.
# The app is signed ad hoc by PyInstaller only; signing with a Developer ID and notarising need
# the organisation's certificate (FIELDREF_CODESIGN_IDENTITY in the spec) and are not done here.
set -eu
cd "$(dirname "$0")/../.."
PY=${PY:-.venv/bin/python}
[ -x "$PY" ] || PY=python3
VERSION=$("$PY" -c 'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["version"])')
APP="dist/Field Reference.app"
STAGE="build/dmg"
OUT="dist/field-reference-${VERSION}-macos-$(uname -m).dmg"
[ -d "$APP" ] || { echo "$APP not found: run 'make bundle' first" >&2; exit 2; }
rm -rf "$STAGE" "$OUT"
mkdir -p "$STAGE"
ditto "$APP" "$STAGE/Field Reference.app"
ln -s /Applications "$STAGE/Applications"
# ULMO (LZMA) is the smallest format Finder opens (macOS 10.15+; the app needs 12)
hdiutil create -volname "Field Reference ${VERSION}" -srcfolder "$STAGE" -fs HFS+ \
    -format ULMO -ov "$OUT"
echo "$OUT: $(du -h "$OUT" | cut -f1)"
