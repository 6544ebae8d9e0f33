"""Field Reference desktop app: the Qt GUI, the `fieldref` CLI and the composition root."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("field-reference")
except PackageNotFoundError:  # running from a bundle or an uninstalled checkout
    __version__ = "0.1.0"
