"""The same shards on an existing dask.distributed cluster (``--dask tcp://HOST:PORT``).

Each task is `worker.run_shard` on one shard spec; workers read the inputs and
write the shard files themselves, so inputs and OUTDIR must be paths every
worker sees the same way (a shared filesystem) or fsspec URLs (`fsio`). A
task whose worker dies is rescheduled by the scheduler; ``retries`` also
re-runs a task that raised (a transient I/O error). Data is written before
its marker, and the marker vouches for the data's size and hash, so a shard
that ran twice leaves one consistent result or one that is redone. Needs the
``cluster`` extra: ``pip install 'paralelo[cluster]'``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from paralelo.core.errors import UserError
from paralelo.corpus.worker import run_shard

RETRIES = 3
CONNECT_TIMEOUT = "20s"
#: Shards in flight per worker thread (bounded: a million-pair plan is not queued at once).
IN_FLIGHT = 4


def _client(address: str) -> Any:
    try:
        from distributed import Client
    except ImportError:
        raise UserError("--dask needs dask.distributed: pip install 'paralelo[cluster]'") from None
    try:
        return Client(address, timeout=CONNECT_TIMEOUT)
    except (OSError, TimeoutError) as exc:
        raise UserError(f"{address}: cannot reach the Dask scheduler ({exc})") from None


def run_on_dask(address: str | Any, specs: Iterable[dict[str, Any]],
                finished: Callable[[dict[str, Any]], None]) -> None:
    """Run ``specs`` on the cluster at ``address`` (or an open Client); call ``finished``."""
    from distributed import as_completed

    own = isinstance(address, str)
    client: Any = _client(address) if own else address
    try:
        threads = sum(client.nthreads().values()) or 1
        pending = iter(specs)
        first = [s for _, s in zip(range(threads * IN_FLIGHT), pending, strict=False)]
        futures = as_completed(_submit(client, first))
        for fut in futures:
            finished(fut.result())
            nxt = next(pending, None)
            if nxt is not None:
                futures.update(_submit(client, [nxt]))
    finally:
        if own:
            client.close()


def _submit(client: Any, specs: list[dict[str, Any]]) -> list[Any]:
    return [client.submit(run_shard, s, key=f"paralelo-shard-{s['name']}-{s['key'][:16]}",
                          retries=RETRIES, pure=False) for s in specs]
