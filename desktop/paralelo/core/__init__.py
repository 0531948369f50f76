"""Pure-Python core: documents, segmentation, alignment, facts, diffs, pipeline.

Nothing under this package may import Qt (enforced by tests/test_boundaries.py).
"""
