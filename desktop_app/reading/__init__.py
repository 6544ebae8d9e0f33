"""Reading an entry: the entry view, its HTML, find-in-entry and navigation history."""
