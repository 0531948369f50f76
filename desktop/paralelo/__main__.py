"""`python -m paralelo` runs the same entry point as the `paralelo` command."""

from paralelo.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
