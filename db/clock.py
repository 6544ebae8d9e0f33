"""The one clock: every stored timestamp is UTC in one ISO form; file-name stamps are local.

Stored times ("2026-01-31T12:00:00Z") sort as text and read the same on every machine; a moved
aside file's name uses local time because the officer reads it in a file manager.
"""

from __future__ import annotations

import datetime as dt


def utc_now() -> dt.datetime:
    return dt.datetime.now(tz=dt.UTC)


def iso_utc(moment: dt.datetime | None = None, precise: bool = False) -> str:
    """`moment` (default: now) as "YYYY-MM-DDTHH:MM:SSZ"; precise keeps the microseconds."""
    moment = (moment or utc_now()).astimezone(dt.UTC)
    if not precise:
        moment = moment.replace(microsecond=0)
    return moment.isoformat().replace("+00:00", "Z")


def file_stamp() -> str:
    """Local "YYYYmmdd-HHMMSS" for a file name a person will look for (a damaged store moved
    aside, a note saved beside it when the store refused it)."""
    return dt.datetime.now().strftime("%Y%m%d-%H%M%S")
