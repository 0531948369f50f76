"""Entry point of the packaged app (PyInstaller runs this as ``__main__``).

Same behaviour as the ``paralelo`` command: the review window without a
subcommand, CLI subcommands otherwise, plus ``--self-test``. Before that, any
translation package bundled at build time (``make package MODELS=...``) is
installed once into the user's data folder, so the app translates offline on
first start while its own folder stays read-only.
"""

from __future__ import annotations

import os
import sys


def _system_env_for_children() -> None:
    """Give child processes (Apertium) the user's library path, not the app's.

    The Linux bootloader points LD_LIBRARY_PATH at the app's folder; a system
    program inheriting it would load our bundled libstdc++ and friends, which
    may be older than what it was built against. The dynamic loader read the
    variable when this process started, so the app itself is unaffected.
    """
    if not sys.platform.startswith("linux") or not getattr(sys, "frozen", False):
        return
    orig = os.environ.pop("LD_LIBRARY_PATH_ORIG", None)
    if orig is not None:
        os.environ["LD_LIBRARY_PATH"] = orig
    else:
        os.environ.pop("LD_LIBRARY_PATH", None)


def _main() -> int:
    _system_env_for_children()
    from paralelo.bundled import install_bundled_models

    install_bundled_models(report=lambda line: print(line, file=sys.stderr))
    from paralelo.cli import main

    return main()


if __name__ == "__main__":
    # A spawned child (corpus workers, the facts helper) is this executable started
    # again: freeze_support runs the child's work instead of the app, then exits.
    import multiprocessing

    multiprocessing.freeze_support()
    raise SystemExit(_main())
