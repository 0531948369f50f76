"""Review sessions in SQLite (one `.paralelo` file per session)."""
