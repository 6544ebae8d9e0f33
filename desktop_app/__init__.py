"""Field Reference desktop app: the Qt GUI, the `fieldref` CLI and the composition root."""

from __future__ import annotations

from functools import cache


@cache
def _version() -> str:
    """importlib.metadata costs 25-40 ms; every start (GUI and CLI) paid it before first paint."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("field-reference")
    except PackageNotFoundError:  # running from a bundle or an uninstalled checkout
        return "0.1.0"


def __getattr__(name: str) -> str:
    if name == "__version__":
        return _version()
    raise AttributeError(f"module 'desktop_app' has no attribute {name!r}")
