"""Search as you type: the results list and its controller."""
