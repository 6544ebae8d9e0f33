"""Start-up: the loader controller, self-test, paint probe and start-path hygiene."""
