"""Paragraph alignment: parallel (translations) and comparable (same events) modes.

`align_documents` is what the pipeline calls; `align_parallel` and
`align_comparable` are the lower-level string APIs (the benchmark uses them).
"""

from paralelo.core.align.auto import AlignResult, align_documents
from paralelo.core.align.comparable import ComparableParams, align_comparable
from paralelo.core.align.dp import Params
from paralelo.core.align.parallel import align_parallel

__all__ = ["AlignResult", "ComparableParams", "Params", "align_comparable", "align_documents",
           "align_parallel"]
