"""Offline machine translation engines (Argos, Apertium, none), cache, models."""
