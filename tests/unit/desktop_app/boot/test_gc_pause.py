"""The collector pauses for start-up and big builds, and always comes back."""

from __future__ import annotations

import gc

import pytest

from desktop_app.boot.gc_pause import cyclic_gc_paused, pause_until_released


@pytest.fixture(autouse=True)
def collecting():
    gc.enable()
    yield
    gc.enable()


def test_a_start_up_pause_lasts_until_released_and_releases_once():
    release = pause_until_released()
    assert not gc.isenabled()
    release()
    assert gc.isenabled()
    with cyclic_gc_paused():
        release()  # a second call must not end somebody else's pause
        assert not gc.isenabled()
    assert gc.isenabled()


def test_nested_pauses_resume_with_the_last_one():
    release = pause_until_released()
    with cyclic_gc_paused():
        assert not gc.isenabled()
    assert not gc.isenabled()  # start-up still holds it
    release()
    assert gc.isenabled()


def test_a_collector_the_caller_had_disabled_stays_disabled():
    gc.disable()
    release = pause_until_released()
    release()
    assert not gc.isenabled()
