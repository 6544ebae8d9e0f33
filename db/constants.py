"""Values more than one module must agree on, in one place (issue 11).

Only plain values: importing this module must stay free (the GUI reads settings through
db.safe_files before its first paint). The clock is db/clock.py; durable writes are db/fsutil.py.
"""

from __future__ import annotations

import re

#: The one slug grammar: lower-case ASCII words joined by single hyphens. Always `fullmatch`
#: (db.safe_files.is_slug does): `re.match(...$)` would accept a trailing newline.
SLUG_PATTERN = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
MAX_SLUG = 100

#: The first 16 bytes of every SQLite database: a file without them is not one (catalogue and
#: user store both check it before handing the file to SQLite).
SQLITE_MAGIC = b"SQLite format 3\x00"

#: Size caps for the small structured files the app reads (settings, stamps, keys, pack state,
#: the replay record) and for a handover file, which carries every note.
SMALL_FILE_LIMIT = 1 << 20
HANDOVER_LIMIT = 256 << 20

#: An entry's limits, the same whether it comes from the shipped sources or a content pack.
MAX_TITLE = 200
MAX_SUMMARY = 1_000
MAX_BODY = 200_000
