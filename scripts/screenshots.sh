#!/usr/bin/env bash
# Regenerate the GUI screenshots in docs/screenshots/ by driving the real app with the keyboard.
#
#   scripts/screenshots.sh                      # display :98, writes docs/screenshots/*.png
#   SCREEN_DISPLAY=:95 scripts/screenshots.sh   # another X display number
#   ONLY=small scripts/screenshots.sh           # only the small-screen sessions (below)
#
# Everything it needs it starts itself and stops again: a private Xvfb on $SCREEN_DISPLAY, a
# throwaway user folder (FIELDREF_USER_DIR: settings, index key) and a private copy of the
# compiled catalogue (FIELDREF_DATA_DIR), so neither the officer's real settings nor the shared
# build/catalogue/index (signed with a per-user key, so a new user folder would rebuild it in
# place) are touched. There is no window manager: keys go to the window focused by xdotool.
#
# Sessions, each a first run (a new user folder) on its own X screen:
#   1400x900          the look: tree, search, entry, palette, shortcut sheet, region page, dark
#   1366x768          laptop-1366x768, bookmark-toggle, focus-cycle, reading-mode, dark-panels
#   1366x768 at 150 % laptop-1366x768-150pct (QT_SCALE_FACTOR=1.5: a 910x512 logical screen)
#   1024x600          netbook-1024x600-entry
#
# Needs: Xvfb, xdotool, ImageMagick (import, convert), the venv (.venv) and `make build` done.
# Environment: SCREEN_DISPLAY (default :98), PYTHON (default .venv/bin/python),
#              OUT_DIR (default docs/screenshots), KEEP_LOG=1 keeps the app's log on success.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
SCREEN_DISPLAY=${SCREEN_DISPLAY:-:98}
PYTHON=${PYTHON:-$ROOT/.venv/bin/python}
OUT_DIR=${OUT_DIR:-$ROOT/docs/screenshots}
APP_SUFFIX="— Field Reference"
ONLY=${ONLY:-all}  # all | look | small

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
SESSION=0

stop_app() {
    if [ -n "$APP_PID" ] && kill -0 "$APP_PID" 2>/dev/null; then
        kill "$APP_PID" 2>/dev/null || true
        wait "$APP_PID" 2>/dev/null || true
    fi
    APP_PID=""
}

stop_x() {
    if [ -n "$XVFB_PID" ] && kill -0 "$XVFB_PID" 2>/dev/null; then
        kill "$XVFB_PID" 2>/dev/null || true
        wait "$XVFB_PID" 2>/dev/null || true
    fi
    XVFB_PID=""
    for _ in $(seq 1 100); do  # the next server takes the same number
        [ -e "/tmp/.X${display_number}-lock" ] || [ -e "/tmp/.X11-unix/X${display_number}" ] || break
        sleep 0.1
    done
}

cleanup() {
    local status=$?
    stop_app
    stop_x
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

# -- a private X server of the given size ------------------------------------------------------
start_x() {
    local size=$1
    Xvfb "$SCREEN_DISPLAY" -screen 0 "${size}x24" -nolisten tcp >"$WORK/xvfb.log" 2>&1 &
    XVFB_PID=$!
    export DISPLAY=$SCREEN_DISPLAY
    for _ in $(seq 1 50); do  # ours answers (the lock names its pid), not a server going away
        grep -qs "$XVFB_PID" "/tmp/.X${display_number}-lock" &&
            xdotool getmouselocation >/dev/null 2>&1 && break
        kill -0 "$XVFB_PID" 2>/dev/null || die "Xvfb did not start: $(cat "$WORK/xvfb.log")"
        sleep 0.1
    done
    xdotool mousemove "${size%x*}" "${size#*x}"  # park the pointer: no hover effects
}

# -- the app, first run: a new user folder, a private catalogue copy ---------------------------
unset QT_QPA_PLATFORM QT_SCALE_FACTOR QT_SCREEN_SCALE_FACTORS
export QT_AUTO_SCREEN_SCALE_FACTOR=0 LANG=C.UTF-8 LC_ALL=C.UTF-8
export FIELDREF_DATA_DIR="$WORK/data"
mkdir -p "$FIELDREF_DATA_DIR"
cp "$ROOT/build/catalogue/catalogue.sqlite" "$FIELDREF_DATA_DIR/"  # index: built for our key

start_app() {  # start_app [VAR=value ...]: extra environment, e.g. QT_SCALE_FACTOR=1.5
    SESSION=$((SESSION + 1))
    export FIELDREF_USER_DIR="$WORK/user$SESSION"
    mkdir -p "$FIELDREF_USER_DIR"
    (cd "$ROOT" && exec env "$@" "$PYTHON" -m desktop_app) >>"$APP_LOG" 2>&1 &
    APP_PID=$!
    WID=""
    for _ in $(seq 1 600); do
        WID=$(xdotool search --onlyvisible --name "Field Reference" 2>/dev/null | head -1 || true)
        [ -n "$WID" ] && break
        kill -0 "$APP_PID" 2>/dev/null || die "the app exited during start-up"
        sleep 0.1
    done
    [ -n "$WID" ] || die "no Field Reference window appeared"
    wait_title "About the Fields of Expertise $APP_SUFFIX" 120  # may include an index build
    focus
}

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

mkdir -p "$OUT_DIR"
echo "screenshots: writing to $OUT_DIR"

look_session() {
start_x 1400x900
start_app
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

quit_app
stop_x
}

# -- leave: Ctrl+Q saves settings and quits; the log must be free of errors ---------------------
quit_app() {
    keys ctrl+q
    for _ in $(seq 1 100); do
        kill -0 "$APP_PID" 2>/dev/null || break
        sleep 0.1
    done
    kill -0 "$APP_PID" 2>/dev/null && die "the app did not quit after Ctrl+Q"
    set +e
    wait "$APP_PID"
    local app_status=$?
    set -e
    APP_PID=""
    if [ "$app_status" -ne 0 ]; then
        echo "screenshots: warning: the app exited with status $app_status" >&2
    fi
}

# -- a laptop, 1366x768 at 100 %: the reading flow, keyboard only -------------------------------
laptop_session() {
    start_x 1366x768
    start_app
    run_command light
    keys ctrl+k
    type_text migration
    settle 1.2
    keys Return                  # opens the first result; the cursor is in the entry
    wait_title "Migration Policy $APP_SUFFIX"
    keys Escape                  # back to the search box, the query kept
    keys Down                    # the results come back with the next one chosen
    keys Return
    wait_title "Migration and Development $APP_SUFFIX"
    shot laptop-1366x768

    keys ctrl+d                  # bookmark: the star fills in the header and on the toolbar
    settle
    shot bookmark-toggle

    keys ctrl+k F6               # F6: the next pane (the results) shows its focus ring
    shot focus-cycle

    keys F6 F11                  # into the entry, then reading mode
    shot reading-mode
    keys F11

    run_command dark
    keys ctrl+shift+b            # the Bookmarks panel, its ✕ in the theme's icon colour
    settle
    shot dark-panels
    keys Escape                  # Esc closes it again
    quit_app
    stop_x
}

# -- 1366x768 at 150 %: a 910x512 logical screen; the first run leaves the note pane closed -------
scaled_session() {
    start_x 1366x768
    start_app QT_SCALE_FACTOR=1.5
    run_command light
    keys ctrl+k
    type_text "private sector"
    settle 1.2
    keys Return
    wait_title "Private Sector Engagement $APP_SUFFIX"
    keys Down Down Down Down Down Down Down Down Down  # past the header and summary: 12+ body lines
    shot laptop-1366x768-150pct
    quit_app
    stop_x
}

# -- a 1024x600 netbook: type, Enter, and the body is on screen ----------------------------------
netbook_session() {
    start_x 1024x600
    start_app
    run_command light
    keys ctrl+k
    type_text migration
    settle 1.2
    keys Return
    wait_title "Migration Policy $APP_SUFFIX"
    shot netbook-1024x600-entry
    quit_app
    stop_x
}

case "$ONLY" in
    look) look_session ;;
    small) laptop_session; scaled_session; netbook_session ;;
    all) look_session; laptop_session; scaled_session; netbook_session ;;
    *) die "ONLY must be all, look or small" ;;
esac
if grep -Eiq 'traceback|error|warning|fatal' "$APP_LOG"; then
    echo "screenshots: warning: the app wrote to its log:" >&2
    cat "$APP_LOG" >&2
fi
echo "screenshots: done"
