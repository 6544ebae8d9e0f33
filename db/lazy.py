"""Package attributes that import their module on first use (PEP 562).

`db` and `db.packs` keep their public names, but importing them must stay cheap: the GUI reads
its settings through db.safe_files before the first paint, and the app's start needs only
`active_version` of the packs (SQLAlchemy, install/compose and cryptography come later).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any


def lazy_exports(package: str, homes: dict[str, str], into: dict[str, Any]) -> Callable[[str], Any]:
    """A module `__getattr__` that imports `homes[name]` once and caches the value in `into`."""

    def __getattr__(name: str) -> Any:
        home = homes.get(name)
        if home is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(home), name)
        into[name] = value
        return value

    return __getattr__
