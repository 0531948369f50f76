"""Paragraph alignment (parallel and comparable modes)."""

from paralelo.core.align.parallel import align_parallel

__all__ = ["align_parallel"]
