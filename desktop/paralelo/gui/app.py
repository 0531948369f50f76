"""GUI entry point. PROVISIONAL shell: lists the seed documents; issue 7 replaces it."""

from __future__ import annotations

import argparse
import sys

from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

from paralelo import APP_NAME
from paralelo.core.seeds import seed_paths


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="paralelo")
    parser.add_argument("--seed", action="store_true", help="open the built-in seed session")
    args, qt_args = parser.parse_known_args(argv)
    app = QApplication([sys.argv[0], *qt_args])
    es, ens = seed_paths()
    win = QMainWindow()
    win.setWindowTitle(f"{APP_NAME} — seed session")
    win.setCentralWidget(QLabel("\n".join([f"Spanish: {es.name}"] + [f"English: {p.name}" for p in ens])))
    win.resize(900, 600)
    win.show()
    return app.exec()
