"""Text for the terminal: what a command prints must never act on the terminal itself.

Note text is data, never terminal commands: control characters (ESC sequences that recolour,
retitle, move the cursor or hide lines) are always printed escaped, not only on a terminal,
because output sent to a file or pager is read in a terminal later. JSON output stays exact
(escapes decode to the same text).
"""

from __future__ import annotations

import json
import re
import sys
import textwrap

_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")  # all but tab and newline
_JSON_UNSAFE = re.compile("[\x7f-\x9f]")  # json.dumps escapes C0 itself, not DEL and C1


def printable(text: str) -> str:
    """text with every control character but tab and newline shown as an escape (\\x1b)."""
    return _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", text)


def json_text(data: object) -> str:
    """Indented JSON in which no character can drive a terminal (DEL and C1 escaped too)."""
    text = json.dumps(data, ensure_ascii=False, indent=1)
    return _JSON_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def fill(text: str, width: int, indent: str = "") -> str:
    """Wrap prose for `fieldref show` without splitting words or hyphenated names."""
    return textwrap.fill(
        text, width, subsequent_indent=indent, break_on_hyphens=False, break_long_words=False
    )


def tell(message: str) -> None:
    """A note for the person, on stderr, so stdout stays the command's data."""
    if sys.stderr is not None:
        print(f"fieldref: {message}", file=sys.stderr)
