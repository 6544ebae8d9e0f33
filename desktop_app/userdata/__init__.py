"""The officer's own layer: notes, bookmarks, history panels and handover."""
