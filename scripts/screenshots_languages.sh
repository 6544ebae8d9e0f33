#!/usr/bin/env bash
# Screenshots of the interface in each shipped language, for issue 14's closing note:
#   docs/screenshots/lang-<l>-main.png     a search typed in that language, its top entry opened
#   docs/screenshots/lang-<l>-palette.png  the command palette with a few letters typed
#   docs/screenshots/lang-<l>-dialog.png   the briefing composer (Ctrl+Shift+E) on that entry
# and an Arabic PDF briefing of three entries, its first page rendered with pdftoppm:
# docs/screenshots/briefing-pdf-ar-page1.png (see briefing_pdf below).
#
#   scripts/screenshots_languages.sh                     # display :88, 1366x768
#   SCREEN_DISPLAY=:95 LANGS="ar fr" scripts/screenshots_languages.sh
#
# The language is chosen as an officer's is remembered: View › Language writes view/language to
# settings.ini in the user folder, and each session starts in a fresh user folder that already holds
# that one line (as after picking the language and restarting). The desktop locale stays C.UTF-8,
# so nothing here depends on LANG detection. Same recipe as scripts/screenshots.sh otherwise: a
# private Xvfb, a throwaway FIELDREF_USER_DIR, a private copy of build/catalogue (FIELDREF_DATA_DIR).
#
# Needs: Xvfb, xdotool, ImageMagick (import, convert), pdftoppm, the venv, `make build` and `make qm` done.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
SCREEN_DISPLAY=${SCREEN_DISPLAY:-:88}
SCREEN_SIZE=${SCREEN_SIZE:-1366x768}
PYTHON=${PYTHON:-$ROOT/.venv/bin/python}
OUT_DIR=${OUT_DIR:-$ROOT/docs/screenshots}
LANGS=${LANGS:-fr ar ru es pt}

die() { echo "screenshots_languages: $*" >&2; exit 1; }

for tool in Xvfb xdotool import convert pdftoppm; do
    command -v "$tool" >/dev/null || die "'$tool' is not installed"
done
[ -x "$PYTHON" ] || die "no Python at $PYTHON (create the venv first)"
[ -f "$ROOT/build/catalogue/catalogue.sqlite" ] || die "no compiled catalogue: run 'make build'"
for l in $LANGS; do
    [ -f "$ROOT/resources/translations/field_reference_$l.qm" ] || die "no $l .qm: run 'make qm'"
done
display_number=${SCREEN_DISPLAY#:}
if [ -e "/tmp/.X${display_number}-lock" ] || [ -e "/tmp/.X11-unix/X${display_number}" ]; then
    die "display $SCREEN_DISPLAY is already in use; pick another with SCREEN_DISPLAY=:NN"
fi

WORK=$(mktemp -d "${TMPDIR:-/tmp}/fieldref-lang-shots.XXXXXX")
XVFB_PID=""
APP_PID=""
APP_LOG="$WORK/app.log"

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
}

cleanup() {
    local status=$?
    stop_app
    stop_x
    if [ "$status" -ne 0 ] && [ -f "$APP_LOG" ]; then
        echo "screenshots_languages: failed; the app's output was:" >&2
        cat "$APP_LOG" >&2
    fi
    if [ "$status" -ne 0 ] || [ "${KEEP_LOG:-0}" = 1 ]; then
        echo "screenshots_languages: work folder kept at $WORK" >&2
    else
        rm -rf "$WORK"
    fi
    exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# -- one private X server for every session; we wait for it ourselves -------------------------
Xvfb "$SCREEN_DISPLAY" -screen 0 "${SCREEN_SIZE}x24" -nolisten tcp >"$WORK/xvfb.log" 2>&1 &
XVFB_PID=$!
export DISPLAY=$SCREEN_DISPLAY
for _ in $(seq 1 50); do  # ours answers (the lock names its pid), not a server going away
    grep -qs "$XVFB_PID" "/tmp/.X${display_number}-lock" &&
        xdotool getmouselocation >/dev/null 2>&1 && break
    kill -0 "$XVFB_PID" 2>/dev/null || die "Xvfb did not start: $(cat "$WORK/xvfb.log")"
    sleep 0.1
done
xdotool getmouselocation >/dev/null 2>&1 || die "Xvfb on $SCREEN_DISPLAY does not answer"
xdotool mousemove "${SCREEN_SIZE%x*}" "${SCREEN_SIZE#*x}"  # park the pointer: no hover effects

unset QT_QPA_PLATFORM QT_SCALE_FACTOR QT_SCREEN_SCALE_FACTORS LANGUAGE
export QT_AUTO_SCREEN_SCALE_FACTOR=0 LANG=C.UTF-8 LC_ALL=C.UTF-8
export FIELDREF_DATA_DIR="$WORK/data"
mkdir -p "$FIELDREF_DATA_DIR"
cp "$ROOT/build/catalogue/catalogue.sqlite" "$FIELDREF_DATA_DIR/"

WID=""
title() { xdotool getwindowname "$WID" 2>/dev/null || true; }

wait_title() {  # a shell pattern; the title names the page shown (catalogue titles stay English)
    local pattern=$1 seconds=${2:-20}
    for _ in $(seq 1 $((seconds * 10))); do
        # shellcheck disable=SC2053  # the pattern is meant to glob
        [[ "$(title)" == $pattern ]] && return 0
        kill -0 "$APP_PID" 2>/dev/null || die "the app exited while waiting for '$pattern'"
        sleep 0.1
    done
    die "timed out waiting for the title '$pattern' (it is '$(title)')"
}

focus() { xdotool windowfocus --sync "$WID" 2>/dev/null || xdotool windowfocus "$WID"; }
keys() { xdotool key --clearmodifiers --delay 80 "$@"; sleep 0.35; }
type_text() { xdotool type --clearmodifiers --delay 60 "$1"; sleep 0.35; }
settle() { sleep "${1:-0.8}"; }

small() { convert "$1" +dither -colors 256 "PNG8:$1"; }  # half the bytes, text still crisp

shot() {  # the main window's area of the screen, so popups and dialogs over it are in
    local name=$1 X Y WIDTH HEIGHT SCREEN WINDOW
    settle 0.8
    eval "$(xdotool getwindowgeometry --shell "$WID")"
    import -window root -crop "${WIDTH}x${HEIGHT}+${X}+${Y}" +repage "$OUT_DIR/$name.png"
    small "$OUT_DIR/$name.png"
    echo "  $name.png  (${WIDTH}x${HEIGHT}, '$(title)')"
}

shot_screen() {  # the whole screen: with no window manager a dialog may overhang the window
    settle 0.8
    import -window root "$OUT_DIR/$1.png"
    small "$OUT_DIR/$1.png"
    echo "  $1.png  (the screen, '$(title)')"
}

start_app() {  # start_app LANGUAGE: a first run whose settings already name the language
    local language=$1
    export FIELDREF_USER_DIR="$WORK/user-$language"
    mkdir -p "$FIELDREF_USER_DIR"
    printf '[view]\nlanguage=%s\n' "$language" >"$FIELDREF_USER_DIR/settings.ini"
    (cd "$ROOT" && exec "$PYTHON" -m desktop_app) >>"$APP_LOG" 2>&1 &
    APP_PID=$!
    WID=""
    for _ in $(seq 1 600); do
        WID=$(xdotool search --onlyvisible --name "Field Reference" 2>/dev/null | head -1 || true)
        [ -n "$WID" ] && break
        kill -0 "$APP_PID" 2>/dev/null || die "the app exited during start-up"
        sleep 0.1
    done
    [ -n "$WID" ] || die "no Field Reference window appeared"
    wait_title "About the Fields of Expertise*" 120  # may include an index build
    focus
}

quit_app() {
    keys ctrl+q
    for _ in $(seq 1 100); do
        kill -0 "$APP_PID" 2>/dev/null || break
        sleep 0.1
    done
    kill -0 "$APP_PID" 2>/dev/null && die "the app did not quit after Ctrl+Q"
    wait "$APP_PID" 2>/dev/null || echo "screenshots_languages: warning: the app exited non-zero" >&2
    APP_PID=""
}

# A search an officer would type in that language; the thesaurus answers it in any of the six
# (search_index/concepts.py), the entry text itself stays English. xdotool cannot type Arabic or
# Cyrillic into an Xvfb session here, so those two type the name of a process of their region.
query() {
    case $1 in
        fr) echo "réfugiés" ;;
        ar) echo "Khartoum" ;;
        ru) echo "Budapest" ;;
        es) echo "tráfico" ;;
        pt) echo "migração" ;;
    esac
}
palette_letters() {
    case $1 in
        fr) echo "thème" ;;
        ar) echo "السمة" ;;
        ru) echo "тема" ;;
        es) echo "tema" ;;
        pt) echo "tema" ;;
    esac
}

language_session() {
    local l=$1
    echo "-- $l"
    start_app "$l"
    keys ctrl+k
    type_text "$(query "$l")"
    settle 1.5
    keys Return                         # opens the top result
    settle 1.5
    [[ "$(title)" == "About the Fields of Expertise"* ]] && die "$l: '$(query "$l")' opened nothing"
    shot "lang-$l-main"

    keys ctrl+shift+p
    type_text "$(palette_letters "$l")"
    shot "lang-$l-palette"
    keys Escape
    focus

    keys ctrl+shift+e                   # the briefing composer, the open entry already in it
    settle 1.5
    shot_screen "lang-$l-dialog"
    keys Escape
    focus
    quit_app
}

# The Arabic briefing of three entries, written as the composer's Save PDF… writes it (the same
# BriefingSpec, translators and direction) by scripts/briefing_pdf_lang.py: the composer's file
# dialog is not reliably driven by xdotool without a window manager.
briefing_pdf() {
    local pdf="$WORK/briefing-ar.pdf"
    (cd "$ROOT" && QT_QPA_PLATFORM=offscreen "$PYTHON" scripts/briefing_pdf_lang.py ar "$pdf" \
        khartoum-process trafficking-human-beings border-management) >>"$APP_LOG" 2>&1 ||
        die "the Arabic briefing was not written"
    pdftoppm -png -r 60 -f 1 -l 1 -singlefile "$pdf" "$OUT_DIR/briefing-pdf-ar-page1"
    echo "  briefing-pdf-ar-page1.png"
}

mkdir -p "$OUT_DIR"
echo "screenshots_languages: writing to $OUT_DIR ($SCREEN_SIZE on $SCREEN_DISPLAY)"
for l in $LANGS; do
    language_session "$l"
done
case " $LANGS " in *" ar "*) briefing_pdf ;; esac
if grep -Eiq 'traceback|error|warning|fatal' "$APP_LOG"; then
    echo "screenshots_languages: warning: the app wrote to its log:" >&2
    cat "$APP_LOG" >&2
fi
echo "screenshots_languages: done"
