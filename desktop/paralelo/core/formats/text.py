"""Plain text: decoded (see `decoding`), normalised, nothing else touched.

Markdown lives in `paralelo.core.formats.markdown`.
"""

from __future__ import annotations

from paralelo.core.formats import Extracted, normalize
from paralelo.core.formats.decoding import decode_text


def read_txt(data: bytes, name: str) -> Extracted:
    text, enc, meta = decode_text(data, name)
    return Extracted(normalize(text), "txt", enc, meta=meta)
