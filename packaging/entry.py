"""Entry point of the packaged app (PyInstaller runs this as ``__main__``).

Same behaviour as the ``paralelo`` command: the review window without a
subcommand, CLI subcommands otherwise, plus ``--self-test``. Before that, any
translation package bundled at build time (``make package MODELS=...``) is
installed once into the user's data folder, so the app translates offline on
first start while its own folder stays read-only.
"""

from __future__ import annotations

import sys


def _main() -> int:
    from paralelo.bundled import install_bundled_models

    install_bundled_models(report=lambda line: print(line, file=sys.stderr))
    from paralelo.cli import main

    return main()


if __name__ == "__main__":
    raise SystemExit(_main())
