"""numpy's BLAS runs on one thread in Paralelo.

Alignment multiplies many small blocks (64 paragraphs x 1,024 hashed
dimensions). OpenBLAS's own thread pool gains nothing on blocks that small,
and on our 2-core machines, when the other core is busy (the GUI thread,
another worker, another program), its spinning threads make every product
10-50x slower: a 5,000-paragraph alignment went from 1.3 s to 4-5 s at random.
One BLAS thread gives steady timings. Set once per process, whatever imported
numpy first (threadpoolctl changes the loaded library, not the environment).
"""

from __future__ import annotations

import threading

_lock = threading.Lock()
_done = False


def single_thread() -> None:
    """Limit the BLAS libraries loaded in this process to one thread (idempotent)."""
    global _done
    if _done:
        return
    with _lock:
        if _done:
            return
        try:
            import numpy  # noqa: F401 - load numpy's BLAS so that it is found
            from threadpoolctl import threadpool_limits

            threadpool_limits(limits=1, user_api="blas")
        except Exception:  # only a speed setting: never fail the caller
            pass
        _done = True
