"""The GUI process lets a waiting GUI thread have the interpreter quickly (see the module)."""

from __future__ import annotations

import sys

from desktop_app.boot.interpreter import GUI_SWITCH_INTERVAL_S, favour_the_gui_thread


def test_the_switch_interval_is_set_for_the_gui():
    before = sys.getswitchinterval()
    try:
        sys.setswitchinterval(0.005)  # Python's default
        favour_the_gui_thread()
        assert sys.getswitchinterval() == GUI_SWITCH_INTERVAL_S < 0.005
    finally:
        sys.setswitchinterval(before)
