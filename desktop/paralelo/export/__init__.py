"""Exports of aligned pairs, one module per format."""
