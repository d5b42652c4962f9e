"""Facts about the Qt binding the program relies on, checked so that an upgrade cannot slip by."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    happened = Signal()


def test_emitting_a_signal_does_not_drop_a_reference_to_true() -> None:
    """PySide6 6.12.0 returned True from Signal.emit() without owning a reference: every emit
    lowered True's count by one, and a nurse typing a few thousand entries aborted the program
    ("bool_dealloc"). constraints.txt pins a release without it; this keeps it out."""
    emitter = _Emitter()
    emitter.happened.connect(lambda: None)
    before = sys.getrefcount(True)
    for _ in range(1000):
        emitter.happened.emit()
    assert sys.getrefcount(True) - before >= 0
