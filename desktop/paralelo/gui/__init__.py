"""The Qt user interface: the only package that imports PySide6."""

from __future__ import annotations

import sys


def _keep_none_alive() -> None:
    """Work around a PySide6 6.12 reference leak that aborts Python 3.11.

    Each time C++ calls a Python ``data()``/``headerData()`` override that
    returns None (an invalid QVariant, which every model does for unused
    roles), PySide drops one reference to None without taking it. On Python
    3.11 None's count reaches zero after a few thousand calls and the
    interpreter aborts ("none_dealloc"). Python 3.12 made None immortal; this
    does the same for 3.11 by giving None a count no session can exhaust.
    (tests/gui/test_gui_models.py::test_models_survive_returning_none)
    """
    if sys.version_info >= (3, 12) or hasattr(sys, "gettotalrefcount"):
        return  # immortal already, or a debug build with a different object layout
    import ctypes

    ctypes.c_ssize_t.from_address(id(None)).value += 1 << 48


_keep_none_alive()
