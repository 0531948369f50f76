"""Evaluation commands (research data stays outside the repository)."""
