#!/usr/bin/env bash
# Regenerate the GUI screenshots in docs/screenshots/ by driving the real app with the keyboard.
#
#   scripts/screenshots.sh                      # display :98, writes docs/screenshots/*.png
#   SCREEN_DISPLAY=:95 scripts/screenshots.sh   # another X display number
#
# Everything it needs it starts itself and stops again: a private Xvfb on $SCREEN_DISPLAY, a
# throwaway user folder (FIELDREF_USER_DIR: settings, index key) and a private copy of the
# compiled catalogue (FIELDREF_DATA_DIR), so neither the officer's real settings nor the shared
# build/catalogue/index (signed with a per-user key, so a new user folder would rebuild it in
# place) are touched. There is no window manager: keys go to the window focused by xdotool.
#
# Needs: Xvfb, xdotool, ImageMagick (import, convert), the venv (.venv) and `make build` done.
# Environment: SCREEN_DISPLAY (default :98), PYTHON (default .venv/bin/python),
#              OUT_DIR (default docs/screenshots), KEEP_LOG=1 keeps the app's log on success.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
SCREEN_DISPLAY=${SCREEN_DISPLAY:-:98}
PYTHON=${PYTHON:-$ROOT/.venv/bin/python}
OUT_DIR=${OUT_DIR:-$ROOT/docs/screenshots}
SCREEN_SIZE=1400x900x24
APP_SUFFIX="— Field Reference"

die() { echo "screenshots: $*" >&2; exit 1; }

for tool in Xvfb xdotool import convert; do
    command -v "$tool" >/dev/null || die "'$tool' is not installed"
done
[ -x "$PYTHON" ] || die "no Python at $PYTHON (create the venv first)"
[ -f "$ROOT/build/catalogue/catalogue.sqlite" ] || die "no compiled catalogue: run 'make build'"
display_number=${SCREEN_DISPLAY#:}
if [ -e "/tmp/.X${display_number}-lock" ] || [ -e "/tmp/.X11-unix/X${display_number}" ]; then
    die "display $SCREEN_DISPLAY is already in use; pick another with SCREEN_DISPLAY=:NN"
fi

WORK=$(mktemp -d "${TMPDIR:-/tmp}/fieldref-shots.XXXXXX")
XVFB_PID=""
APP_PID=""
APP_LOG="$WORK/app.log"

cleanup() {
    local status=$?
    if [ -n "$APP_PID" ] && kill -0 "$APP_PID" 2>/dev/null; then
        kill "$APP_PID" 2>/dev/null || true
        wait "$APP_PID" 2>/dev/null || true
    fi
    if [ -n "$XVFB_PID" ] && kill -0 "$XVFB_PID" 2>/dev/null; then
        kill "$XVFB_PID" 2>/dev/null || true
        wait "$XVFB_PID" 2>/dev/null || true
    fi
    if [ "$status" -ne 0 ] && [ -f "$APP_LOG" ]; then
        echo "screenshots: failed; the app's output was:" >&2
        cat "$APP_LOG" >&2
    fi
    if [ "$status" -ne 0 ] || [ "${KEEP_LOG:-0}" = 1 ]; then
        echo "screenshots: work folder kept at $WORK" >&2
    else
        rm -rf "$WORK"
    fi
    exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# -- a private X server ------------------------------------------------------------------------
Xvfb "$SCREEN_DISPLAY" -screen 0 "$SCREEN_SIZE" -nolisten tcp >"$WORK/xvfb.log" 2>&1 &
XVFB_PID=$!
export DISPLAY=$SCREEN_DISPLAY
for _ in $(seq 1 50); do
    xdotool getmouselocation >/dev/null 2>&1 && break
    kill -0 "$XVFB_PID" 2>/dev/null || die "Xvfb did not start: $(cat "$WORK/xvfb.log")"
    sleep 0.1
done
xdotool mousemove 1399 899  # park the pointer: no hover effects in the pictures

# -- a private user folder and catalogue copy --------------------------------------------------
export FIELDREF_USER_DIR="$WORK/user"
export FIELDREF_DATA_DIR="$WORK/data"
mkdir -p "$FIELDREF_USER_DIR" "$FIELDREF_DATA_DIR"
cp "$ROOT/build/catalogue/catalogue.sqlite" "$FIELDREF_DATA_DIR/"  # index: built for our key
unset QT_QPA_PLATFORM QT_SCALE_FACTOR QT_SCREEN_SCALE_FACTORS
export QT_AUTO_SCREEN_SCALE_FACTOR=0 LANG=C.UTF-8 LC_ALL=C.UTF-8

(cd "$ROOT" && exec "$PYTHON" -m desktop_app) >"$APP_LOG" 2>&1 &
APP_PID=$!

# -- helpers -----------------------------------------------------------------------------------
WID=""

title() { xdotool getwindowname "$WID" 2>/dev/null || true; }

# Wait until the main window's title matches a shell pattern (the title names the page shown).
wait_title() {
    local pattern=$1 seconds=${2:-20} i
    for i in $(seq 1 $((seconds * 10))); do
        # shellcheck disable=SC2053  # the pattern is meant to glob
        [[ "$(title)" == $pattern ]] && return 0
        kill -0 "$APP_PID" 2>/dev/null || die "the app exited while waiting for '$pattern'"
        sleep 0.1
    done
    die "timed out waiting for the title '$pattern' (it is '$(title)')"
}

focus() { xdotool windowfocus --sync "$WID" 2>/dev/null || xdotool windowfocus "$WID"; }
keys() { xdotool key --clearmodifiers --delay 80 "$@"; sleep 0.35; }
type_text() { xdotool type --clearmodifiers --delay 45 "$1"; sleep 0.35; }
settle() { sleep "${1:-0.8}"; }  # searches, tree rebuilds and re-renders are asynchronous

# Capture the main window's area of the screen, so popups over it (palette, F1 sheet) are in.
shot() {
    local name=$1 X Y WIDTH HEIGHT SCREEN WINDOW
    settle 0.6
    eval "$(xdotool getwindowgeometry --shell "$WID")"
    import -window root -crop "${WIDTH}x${HEIGHT}+${X}+${Y}" +repage "$OUT_DIR/$name.png"
    echo "  $name.png  (${WIDTH}x${HEIGHT}, '$(title)')"
}

run_command() {  # through the command palette, e.g. run_command dark  →  "Theme: Dark"
    keys ctrl+shift+p
    type_text "$1"
    keys Return
    settle
}

# -- start-up: the window shows the introduction once the catalogue and index are open ---------
for _ in $(seq 1 600); do
    WID=$(xdotool search --onlyvisible --name "Field Reference" 2>/dev/null | head -1 || true)
    [ -n "$WID" ] && break
    kill -0 "$APP_PID" 2>/dev/null || die "the app exited during start-up"
    sleep 0.1
done
[ -n "$WID" ] || die "no Field Reference window appeared"
wait_title "About the Fields of Expertise $APP_SUFFIX" 120  # may include an index build
mkdir -p "$OUT_DIR"
echo "screenshots: writing to $OUT_DIR"
focus

# -- light theme -------------------------------------------------------------------------------
run_command light
keys ctrl+shift+1                # tree grouped by region
settle
keys ctrl+Home                   # the introduction
wait_title "About the Fields of Expertise $APP_SUFFIX"
keys ctrl+k                      # caret in the search box: its focus ring is part of the look
shot light-tree-by-region

keys ctrl+k
type_text traf
settle 1.2
keys Down                        # first result selected: marks must stay readable on it
shot light-search-highlights

keys Return                      # opens the selected result
wait_title "Trafficking in Human Beings $APP_SUFFIX"
keys Escape                      # clear the search: the entry keeps its highlighted words
shot light-entry

keys ctrl+shift+p
type_text zoom
shot palette
keys Escape

keys F1
shot shortcut-sheet
keys Escape
focus

# A region page from the tree, by keyboard: Africa › West Africa (ECOWAS) › Nigeria.
keys ctrl+1 Home
type_text Africa
keys Right
type_text West
keys Right
type_text Nigeria
wait_title "Nigeria $APP_SUFFIX"
shot region-page

keys ctrl+Home                   # back to the introduction first, so the regrouped tree
wait_title "About the Fields of Expertise $APP_SUFFIX"  # has no stray branch open
keys ctrl+shift+2                # tree grouped by field
settle
keys ctrl+1 Down                 # the introduction is the first row; the first field follows
wait_title "Asylum and Protection $APP_SUFFIX"
shot tree-by-field

# -- dark theme --------------------------------------------------------------------------------
keys ctrl+shift+1
settle
run_command dark
keys ctrl+k
type_text "migration pol"
settle 1.2
keys Down
shot dark-search

keys ctrl+k
type_text IBM
settle 1.2
keys Return
wait_title "Border Management $APP_SUFFIX"
keys Escape
shot dark-entry

# -- leave: Ctrl+Q saves settings and quits; the log must be free of errors ---------------------
keys ctrl+q
for _ in $(seq 1 100); do
    kill -0 "$APP_PID" 2>/dev/null || break
    sleep 0.1
done
if kill -0 "$APP_PID" 2>/dev/null; then
    die "the app did not quit after Ctrl+Q"
fi
set +e
wait "$APP_PID"
app_status=$?
set -e
APP_PID=""
if [ "$app_status" -ne 0 ]; then
    echo "screenshots: warning: the app exited with status $app_status" >&2
fi
if grep -Eiq 'traceback|error|warning|fatal' "$APP_LOG"; then
    echo "screenshots: warning: the app wrote to its log:" >&2
    cat "$APP_LOG" >&2
fi
echo "screenshots: done"
