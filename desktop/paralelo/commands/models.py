"""`paralelo models list|install FILE|remove NAME|download es en`: Argos model manager."""

from __future__ import annotations

import argparse

from paralelo.core.errors import UserError
from paralelo.translation import available_engines
from paralelo.translation.download import download_model
from paralelo.translation.models import install_model, list_models, packages_dir, remove_model


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("models", help="list, install, remove or download translation models")
    msub = p.add_subparsers(dest="models_command", metavar="ACTION", required=True)
    msub.add_parser("list", help="show installed models and usable engines")
    inst = msub.add_parser("install", help="install an .argosmodel file (offline)")
    inst.add_argument("file")
    rm = msub.add_parser("remove", help="remove an installed model by name")
    rm.add_argument("name")
    dl = msub.add_parser("download", help="download a model from the Argos index (network)")
    dl.add_argument("from_code", choices=["es"])
    dl.add_argument("to_code", choices=["en"])
    dl.add_argument("--timeout", type=float, default=5.0, help=argparse.SUPPRESS)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    cmd = args.models_command
    if cmd == "install":
        m = install_model(args.file)
        print(f"Installed {m.describe()} in {m.path}")
    elif cmd == "remove":
        m = remove_model(args.name)
        print(f"Removed {m.name}")
    elif cmd == "download":
        m = download_model(args.from_code, args.to_code, timeout=args.timeout)
        print(f"Installed {m.describe()} in {m.path}")
    elif cmd == "list":
        models = list_models()
        print(f"Models folder: {packages_dir()}")
        if not models:
            print("No Argos models installed.")
        for m in models:
            print(f"  {m.describe()}")
        for name, desc in available_engines().items():
            print(f"Engine {name}: {desc or 'not available'}")
    else:  # pragma: no cover - argparse enforces the choices
        raise UserError(f"unknown models action {cmd!r}")
    return 0
