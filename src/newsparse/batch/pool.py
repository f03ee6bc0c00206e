"""An ordered, bounded process pool that survives a dying worker.

``concurrent.futures`` gives crash detection (``BrokenProcessPool``) that ``multiprocessing.Pool``
lacks (a killed worker there loses its task and the caller waits forever). On top of it this adds
what a batch run needs: results in submission order, at most ``in_flight`` tasks queued (so memory
stays bounded however long the input), and after a crash a careful pass that reruns the unfinished
tasks one at a time so only the task that really kills a worker is given up.
"""

from __future__ import annotations

import multiprocessing
from collections import deque
from collections.abc import Callable, Generator, Iterable
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any, TypeVar

T = TypeVar("T")
R = TypeVar("R")

START_METHOD = "spawn"
"""Workers start fresh (no fork of a parent that may hold threads, e.g. Rich's progress refresher)
and load the pipeline once each; measured: forkserver saves nothing here because the parent never
imports spaCy."""

_END = object()


def ordered_map(
    fn: Callable[[T], R],
    tasks: Iterable[T],
    *,
    jobs: int,
    on_crash: Callable[[T, BaseException], R],
    initializer: Callable[..., Any] | None = None,
    initargs: tuple[Any, ...] = (),
    in_flight: int | None = None,
) -> Generator[R, None, None]:
    """``map(fn, tasks)`` over ``jobs`` worker processes, yielding results in input order.

    ``fn`` should catch its own per-item errors; any other exception from a task ends the run.
    A task whose worker dies (killed, out of memory, segfault) yields ``on_crash(task, error)``.
    Closing the generator early (a closed pipe, Ctrl-C) kills the workers at once.
    """
    in_flight = max(1, in_flight or 2 * jobs)
    source = iter(tasks)
    pool = _start(jobs, initializer, initargs)
    pending: deque[tuple[T, Future[R]]] = deque()
    retry: deque[T] = deque()
    finished = False
    try:
        while True:
            if not retry:
                while len(pending) < in_flight:
                    task = next(source, _END)
                    if task is _END:
                        break
                    try:
                        future = pool.submit(fn, task)  # type: ignore[arg-type]
                    except BrokenProcessPool:
                        # A worker died while we were queueing: same as a crash seen on a result.
                        retry.extend([*(t for t, _ in pending), task])  # type: ignore[list-item]
                        pending.clear()
                        _stop(pool, force=True)
                        pool = _start(jobs, initializer, initargs)
                        break
                    pending.append((task, future))  # type: ignore[arg-type]
            if retry and not pending:
                task = retry.popleft()
                try:
                    result = pool.submit(fn, task).result()
                except BrokenProcessPool as err:
                    _stop(pool, force=True)
                    pool = _start(jobs, initializer, initargs)
                    result = on_crash(task, err)
                yield result
                continue
            if not pending:
                break
            task, future = pending.popleft()
            try:
                result = future.result()
            except BrokenProcessPool:
                # Every unfinished task fails with the pool; rerun them one by one to find the
                # one that kills a worker, then go back to full speed.
                retry.extend([task, *(t for t, _ in pending)])
                pending.clear()
                _stop(pool, force=True)
                pool = _start(jobs, initializer, initargs)
                continue
            yield result
        finished = True
    finally:
        _stop(pool, force=not finished)


def _start(
    jobs: int, initializer: Callable[..., Any] | None, initargs: tuple[Any, ...]
) -> ProcessPoolExecutor:
    return ProcessPoolExecutor(
        max_workers=jobs,
        mp_context=multiprocessing.get_context(START_METHOD),
        initializer=initializer,
        initargs=initargs,
    )


def _stop(pool: ProcessPoolExecutor, *, force: bool) -> None:
    """Shut down; when forced (early exit, closed pipe, crash), kill workers instead of waiting."""
    if not force:
        pool.shutdown(wait=True)
        return
    procs = list((getattr(pool, "_processes", None) or {}).values())
    pool.shutdown(wait=False, cancel_futures=True)
    for proc in procs:
        if proc.is_alive():
            proc.terminate()
    for proc in procs:
        proc.join(timeout=5)
