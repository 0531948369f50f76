"""Paralelo: side-by-side bilingual review of Spanish and English documents."""

__version__ = "0.1.0"
APP_NAME = "Paralelo"
