"""Stated lesson timings agree with the documented estimate (tools/timing.py)."""

from __future__ import annotations

import pytest

from tools.timing import TOLERANCE, estimates

ROWS = estimates()


@pytest.mark.parametrize("row", ROWS, ids=[row[0] for row in ROWS])
def test_stated_minutes_are_within_the_tolerance_of_the_estimate(row):
    slug, teaching, lesson, exercises, exercise = row
    assert abs(teaching - lesson) <= TOLERANCE * lesson, (
        f"{slug}: teaching stated {teaching} min, estimated {lesson:.0f} min")
    if exercise:
        assert abs(exercises - exercise) <= TOLERANCE * exercise, (
            f"{slug}: exercises stated {exercises} min, estimated {exercise:.0f} min")
    else:
        assert exercises == 0, f"{slug} has no exercise notebook but states {exercises} min"
