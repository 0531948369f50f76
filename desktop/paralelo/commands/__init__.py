"""Headless CLI subcommands. Each module has ``register(subparsers)``.

No module here may import Qt: the CLI must run on machines without a display.
"""
