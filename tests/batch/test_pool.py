"""The ordered process pool: order kept, a dying worker costs only its task, nothing lingers."""

from __future__ import annotations

import os
import time

from newsparse.batch.pool import ordered_map


def _square_or_die(n: int) -> int:
    if n == 13:
        os._exit(3)  # a worker that dies (OOM-killed, segfault...)
    return n * n


def test_ordered_map_keeps_order_and_survives_a_dead_worker() -> None:
    got = list(
        ordered_map(_square_or_die, range(20), jobs=2, on_crash=lambda n, err: -n, in_flight=3)
    )
    assert got == [-n if n == 13 else n * n for n in range(20)]


def test_ordered_map_survives_a_worker_dying_while_tasks_are_queued() -> None:
    def tasks():
        yield 13  # its worker dies at once ...
        time.sleep(1.5)  # ... so the pool is already broken when the next task is submitted
        yield from range(3)

    got = list(ordered_map(_square_or_die, tasks(), jobs=2, on_crash=lambda n, err: -n))
    assert got == [-13, 0, 1, 4]


def test_ordered_map_stops_workers_when_the_consumer_leaves() -> None:
    results = ordered_map(_square_or_die, range(1000), jobs=2, on_crash=lambda n, err: -n)
    assert next(results) == 0
    results.close()  # what a closed pipe does: nothing must linger
    import multiprocessing

    # Terminated workers (here or from an earlier test's broken pool) take a moment to exit.
    deadline = time.monotonic() + 10
    while multiprocessing.active_children() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert multiprocessing.active_children() == []
