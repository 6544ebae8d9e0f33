"""Full-text search over the catalogue with Whoosh. Never imports Qt."""

__all__: list[str] = []
