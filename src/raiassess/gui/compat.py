"""A work-around for a defect of the Qt bindings on Python 3.11.

The PySide6 6.12 wheels return ``None`` from every C++ method that returns nothing
(``setText``, ``update``, ``processEvents``...) without taking a new reference to it.
From Python 3.12 on ``None`` is immortal and that costs nothing; on Python 3.11 each such
call takes one reference away from ``None``, and once they are spent Python aborts with
"Fatal Python error: none_dealloc: deallocating None". Building every card of the
2,000-question questionnaire spends some 57,000, more than a freshly started app holds:
the app would crash in the middle of someone's work.

``guard_none`` does what Python 3.12 does for ``None``: it gives it a reference count
that no program can spend. It acts only on CPython before 3.12, and only when a probe
shows the bindings really leak, so it falls silent once they are fixed.
"""

from __future__ import annotations

import sys

#: References given to ``None``: at one leaked reference per call, more calls than a
#: program can make in years.
SPARE_REFERENCES = 1 << 40
_PROBE_CALLS = 64


def none_leaks() -> bool:
    """Whether a Qt method that returns nothing takes a reference away from ``None``."""
    from PySide6.QtCore import QObject

    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(_PROBE_CALLS):
        probe.setObjectName("probe")
    return sys.getrefcount(None) <= before - _PROBE_CALLS // 2


def guard_none() -> bool:
    """Make ``None`` as good as immortal where the bindings leak it; True if it acted."""
    if sys.implementation.name != "cpython" or sys.version_info >= (3, 12) \
            or hasattr(sys, "gettotalrefcount"):  # a debug build lays objects out otherwise
        return False
    if not none_leaks():
        return False
    import ctypes

    # A CPython object starts with its reference count (a Py_ssize_t).
    count = ctypes.c_ssize_t.from_address(id(None))
    before = sys.getrefcount(None)
    count.value += SPARE_REFERENCES
    if sys.getrefcount(None) != before + SPARE_REFERENCES:  # not the layout we know
        count.value -= SPARE_REFERENCES
        return False
    return True
