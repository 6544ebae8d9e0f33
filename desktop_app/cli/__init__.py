"""The `fieldref` command line: a lazy command table, so each command imports only what it needs."""
