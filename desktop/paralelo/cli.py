"""Command-line entry point: headless subcommands, or the GUI when none is given.

``paralelo inspect FILE`` and the other subcommands never import Qt. Without a
subcommand, ``paralelo [--seed] [SESSION]`` starts the review window (the Qt
import happens only then).
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from paralelo import __version__
from paralelo.cli_guard import (
    NO_DISPLAY,
    WatchedStdout,
    display_missing,
    flush_stdout,
    output_failure,
    tolerant_stdout,
    unknown_command,
)
from paralelo.core.errors import Cancelled, UserError

#: Subcommand modules under paralelo.commands, in help order.
COMMANDS = ["inspect", "align", "export", "translate", "models", "session", "facts", "corpus"]


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The argument parser; with ``only``, just that subcommand's module is imported.

    Importing every command module costs ~0.5 s (sqlite-utils, CTranslate2), so a
    single command loads only its own; ``--help`` loads them all to list them.
    """
    parser = argparse.ArgumentParser(
        prog="paralelo",
        description="Side-by-side bilingual review of Spanish and English documents.",
        epilog="Without a COMMAND, Paralelo opens its review window: "
        "paralelo [SESSION.paralelo | --seed] [--screenshot OUT.png]; "
        "paralelo --self-test runs the seed pipeline headless.",
    )
    parser.add_argument("--version", action="version", version=f"paralelo {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMANDS if only is None else [only]:
        importlib.import_module(f"paralelo.commands.{name}").register(sub)
    return parser


def _run_gui(argv: Sequence[str]) -> int:
    if display_missing():
        print(NO_DISPLAY, file=sys.stderr)
        return 2
    from paralelo.gui.app import main as gui_main  # Qt only on this path

    return gui_main(list(argv))


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    tolerant_stdout()
    original = sys.stdout
    watched = WatchedStdout(original)
    sys.stdout = watched
    try:
        code = _dispatch(args_list, watched)
    except SystemExit as exc:  # argparse: --help, --version, usage errors
        code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 2)
        if not isinstance(exc.code, int | None):
            print(exc.code, file=sys.stderr)
    finally:
        sys.stdout = original
    reason = flush_stdout(watched)
    if reason:
        print(f"paralelo: error: cannot write the output ({reason})", file=sys.stderr)
        return 2 if code == 0 else code
    return code


def _dispatch(args_list: list[str], watched: WatchedStdout) -> int:
    if args_list[:1] == ["--self-test"]:  # headless seed pipeline check (packaged app too)
        from paralelo.selftest import main as self_test

        return self_test(args_list[1:])
    cli_words = (*COMMANDS, "-h", "--help", "--version")
    if not args_list or args_list[0] not in cli_words:
        if (typo := unknown_command(args_list, COMMANDS)) is not None:
            print(typo, file=sys.stderr)
            return 2
        return _run_gui(args_list)
    parser = build_parser(args_list[0] if args_list[0] in COMMANDS else None)
    args = parser.parse_args(args_list)
    try:
        return int(args.func(args) or 0)
    except UserError as exc:
        from paralelo.messages import localize, system_language

        print(f"paralelo: error: {localize(str(exc), system_language())}", file=sys.stderr)
        return exc.exit_code
    except Cancelled:
        print("paralelo: cancelled", file=sys.stderr)
        return 130
    except KeyboardInterrupt:
        print("paralelo: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        flush_stdout()
        return 0
    except OSError as exc:  # e.g. stdout on a full disk while printing
        if output_failure(exc, watched):
            watched.failure = watched.failure or exc  # reported once, by main
            return 2
        where = f"{exc.filename}: " if exc.filename else ""
        print(f"paralelo: error: {where}{exc.strerror or exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    raise SystemExit(main())
