"""Review and alignment edits, each one transaction recorded in ``ops`` for undo.

Every method builds a change set (records.py), applies it and stores it with
its inverse in the same transaction, so an edit and its undo entry are never
separated by a crash. A new edit drops the redo tail, like QUndoStack.

The edits live by kind: review_ops.py (confirm, flag, notes, facts),
structure.py (link, unlink, merge, split, move; manual links), realign.py
(re-alignment around anchors) and oplog.py (undo, redo, history and the
shared helpers). `EditsMixin` puts them together for `Session`.
"""

from __future__ import annotations

from paralelo.storage.oplog import INLINE_INVERSE_MAX as INLINE_INVERSE_MAX
from paralelo.storage.realign import RealignMixin
from paralelo.storage.review_ops import ReviewMixin
from paralelo.storage.structure import ParaRef as ParaRef
from paralelo.storage.structure import StructureMixin


class EditsMixin(ReviewMixin, StructureMixin, RealignMixin):
    """Mixed into `Session`, which provides the connection and `_write`."""
