"""Build hook: ship the repository's ``resources/`` and ``seeds/`` inside the wheel.

The team guide keeps both folders at the top of the repository (translators and
the PyInstaller spec use them there), so they are not moved into the package.
Instead ``build_py`` copies them to ``paralelo/_data/resources`` and
``paralelo/_data/seeds`` in the build tree; ``paralelo.resources`` looks there
first when installed from a wheel. Everything else is in pyproject.toml.
"""

from __future__ import annotations

from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
#: Top-level folders shipped as package data, and what is left out of them.
DATA_DIRS = ("resources", "seeds")
SKIP_SUFFIXES = (".py", ".pyc")  # helper scripts (the PyInstaller spec skips the same)


class BuildPyWithData(build_py):
    """build_py that also copies DATA_DIRS into ``paralelo/_data``."""

    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            return  # an editable install reads the checkout's folders directly
        for name in DATA_DIRS:
            src = ROOT / name
            if not src.is_dir():
                raise SystemExit(f"setup.py: {src} is missing; cannot build a complete wheel")
            for path in sorted(src.rglob("*")):
                if (not path.is_file() or "__pycache__" in path.parts
                        or path.suffix in SKIP_SUFFIXES):
                    continue
                dest = Path(self.build_lib, "paralelo", "_data", name, path.relative_to(src))
                self.mkpath(str(dest.parent))
                self.copy_file(str(path), str(dest))


setup(cmdclass={"build_py": BuildPyWithData})
