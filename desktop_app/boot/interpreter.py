"""How the interpreter is shared between the GUI thread and the workers.

Every call from a Qt repaint into Python (a tree row's data, its parent, its flags) has to take
the interpreter lock. A worker busy in Python (a search, an index rebuild, a pack import) gives
it up only when the switch interval has passed, 5 ms by default, and a tree repaint, which
calls into Python a few hundred times, took ~70 ms instead of ~3 while one ran: scrolling the
tree during an index rebuild stuttered. At 0.5 ms the same repaint takes ~13 ms. A worker
running alone loses nothing: the interval only counts while another thread is waiting.
"""

from __future__ import annotations

import sys

GUI_SWITCH_INTERVAL_S = 0.0005


def favour_the_gui_thread() -> None:
    """Let a waiting GUI thread have the interpreter after at most half a millisecond."""
    sys.setswitchinterval(GUI_SWITCH_INTERVAL_S)
