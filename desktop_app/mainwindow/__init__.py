"""The main window: layout and wiring of the feature controllers."""
