"""Dates, times and numbers as the interface language writes them (`QLocale()`, which the
language setting sets: boot/translations.py), never strftime's or the C library's. Dates are
bidi islands in a right-to-left interface: "27/11/2026" inside a sentence keeps its order."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale, QTime

from desktop_app.i18n.bidi import isolated

SHORT = QLocale.FormatType.ShortFormat
LONG = QLocale.FormatType.LongFormat


def number(value: int) -> str:
    return QLocale().toString(value)


def _short_date(locale: QLocale, date: QDate) -> str:
    """The language's short date with the year in full: Spanish and others write "27/11/26",
    which for a catalogue's "data as of" or an old note reads as a day, not a year."""
    pattern = locale.dateFormat(SHORT)
    if "yyyy" not in pattern:
        pattern = pattern.replace("yy", "yyyy")
    return locale.toString(date, pattern)


def day(iso: str, long: bool = False) -> str:
    """'2026-11-20' as the language writes a date (20/11/2026, 20.11.2026, 20 novembre 2026);
    text that is not an ISO date is shown as it is."""
    date = QDate.fromString(iso.strip()[:10], "yyyy-MM-dd")
    if not date.isValid():
        return iso
    locale = QLocale()
    return isolated(locale.toString(date, LONG) if long else _short_date(locale, date))


def moment(stamp: str) -> str:
    """A stored UTC timestamp: the local time for today, else the local date (a narrow panel)."""
    try:
        when = dt.datetime.fromisoformat(stamp.replace("Z", "+00:00")).astimezone()
    except ValueError:
        return stamp
    locale = QLocale()
    if when.date() == dt.datetime.now().astimezone().date():
        return isolated(locale.toString(QTime(when.hour, when.minute), SHORT))
    return isolated(_short_date(locale, QDate(when.year, when.month, when.day)))
