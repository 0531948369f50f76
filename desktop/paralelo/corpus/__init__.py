"""Batch alignment of many document pairs (`paralelo corpus`), Qt-free.

inputs (pairing) → shards (plan, hashes, atomic shard files) → runner (local
pool) or dask_runner (cluster), both running worker.run_shard → merge
(TMX/TSV/JSONL), review (worst links as a session), status, progress.
"""
