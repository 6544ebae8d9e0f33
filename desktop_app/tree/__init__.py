"""The catalogue tree: its plain-Python builders and the Qt model over them."""
