"""How any failure becomes the one line a person reads (Qt-free: CLI and GUI share it)."""

from __future__ import annotations

import logging

logger = logging.getLogger(__name__)


def one_line(exc: BaseException) -> str:
    """Errors the app raises for people (FieldReferenceError and its family) already are that
    line; an OSError is the environment (a full disk, a locked file) and is said as such;
    anything else is a bug: logged with its traceback, named by its type, never a traceback."""
    from db.errors import FieldReferenceError

    lines = str(exc).strip().splitlines()
    first = lines[0] if lines else ""
    if isinstance(exc, FieldReferenceError) and first:
        return first
    if isinstance(exc, OSError) and exc.strerror:
        return f"{exc.filename}: {exc.strerror}" if exc.filename else exc.strerror
    logger.error("unexpected failure", exc_info=exc)
    detail = f": {first}" if first else ""
    return f"Something went wrong ({type(exc).__name__}{detail}); the details are in the log."
