"""An ordered, bounded pool of worker processes that survives dying and stalled workers.

Each worker is a spawned process with its own pipe: the parent sends it a few tasks at a time
and hears when it starts one and when it finishes it, so it knows which task every worker is on
and for how long. On top of that it gives what a batch run needs:

- results in submission order, at most ``in_flight`` tasks out at once (memory stays bounded
  however long the input);
- a task whose worker dies (killed, out of memory, a segfault) or overruns its deadline (stuck
  where its own alarm cannot reach) costs only itself: the worker is replaced, a task of several
  items is split and its parts rerun so only the culprit is given up, the others are resent;
- workers die with the parent (``kill -9`` of the parent leaves no worker behind) and ignore
  SIGINT from their first instruction (Ctrl-C is the parent's to handle).
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import queue
import signal
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator
from dataclasses import dataclass, field
from functools import partial
from multiprocessing.connection import Connection, wait
from typing import Any, Generic, TypeVar

from newsparse.errors import WorkerCrash

T = TypeVar("T")
R = TypeVar("R")

START_METHOD = "spawn"
"""Workers start fresh (no fork of a parent that may hold threads, e.g. Rich's progress refresher)
and load the pipeline once each; measured: forkserver saves nothing here because the parent never
imports spaCy."""

QUEUED_PER_WORKER = 2
"""Tasks sent ahead to each worker: one running and one waiting in its pipe, so a worker never
idles for a round trip between tasks."""

PARENT_CHECK_SECONDS = 0.5
"""How often a worker's watcher thread checks that its parent is still there (besides the
kernel's parent-death signal on Linux)."""

STARTUP_DEATHS = 3
"""Workers that may die before they are ready (killed, out of memory while loading the
pipeline) before the run gives up with one clear error instead of respawning forever."""

STOP_SECONDS = 3.0
"""How long a worker asked to stop may take before it is killed."""


class WorkerDied(Exception):
    """A worker process ended while it held a task (or could not be kept alive)."""


class TaskOverran(Exception):
    """A task ran past its deadline and its worker had to be killed."""


# --------------------------------------------------------------------------- the worker side


def _worker_main(
    conn: Connection,
    parent: int,
    fn: Callable[[Any], Any],
    initializer: Callable[..., Any] | None,
    initargs: tuple[Any, ...],
) -> None:
    """A worker's life: die with the parent, set up, then run tasks until told to stop.

    A reader thread empties the pipe into an inbox as tasks arrive, so the parent's sends never
    wait for this process to finish its current task (two processes each blocked writing a
    large message to the other would be a deadlock).
    """
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # already blocked since exec (see _spawn)
    _die_with_parent(parent)
    inbox: queue.SimpleQueue[Any] = queue.SimpleQueue()

    def read() -> None:
        while True:
            try:
                message = conn.recv()
            except (EOFError, OSError):
                message = None  # the parent is gone
            inbox.put(message)
            if message is None:
                return

    threading.Thread(target=read, name="inbox", daemon=True).start()
    try:
        if initializer is not None:
            initializer(*initargs)
        conn.send(("ready", -1, None))
        while (message := inbox.get()) is not None:
            seq, task = message
            conn.send(("start", seq, None))
            try:
                result = fn(task)
            except Exception as err:
                conn.send(("error", seq, _picklable(err)))
            else:
                conn.send(("done", seq, result))
    except (OSError, EOFError):
        os._exit(1)  # the parent is gone: nobody to tell


def _die_with_parent(parent: int) -> None:
    """End this process as soon as ``parent`` is gone, even while it is busy in C code.

    On Linux the kernel sends SIGKILL when the parent dies (``PR_SET_PDEATHSIG``); a watcher
    thread covers other systems. Either way a parent that died before we got here is noticed.
    """
    if sys.platform.startswith("linux"):
        try:
            import ctypes

            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(1, signal.SIGKILL, 0, 0, 0)  # PR_SET_PDEATHSIG
        except (OSError, AttributeError):
            pass
    if os.getppid() != parent:
        os._exit(1)

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(PARENT_CHECK_SECONDS)
        os._exit(1)

    threading.Thread(target=watch, name="parent-watch", daemon=True).start()


def _picklable(err: Exception) -> Exception:
    import pickle

    try:
        pickle.dumps(err)
    except Exception:
        return RuntimeError(f"{type(err).__name__}: {err}")
    return err


# --------------------------------------------------------------------------- the parent side


@dataclass
class _Entry(Generic[T, R]):
    """One task in submission order: where it is and, once done, its result."""

    task: T
    seq: int
    split: bool = False
    """Already a part of a split task: a second failure is its own, not a reason to split."""
    done: bool = False
    result: Any = None


@dataclass
class _Worker:
    proc: Any
    conn: Connection
    queue: deque[int] = field(default_factory=deque)
    """Seqs sent to this worker, oldest (running or next to run) first."""
    started: float | None = None
    """When the worker said it started the oldest task in its queue."""
    ready: bool = False
    """Set up (pipeline loaded): only then does it get tasks, so the first worker ready takes
    the first task."""


def _spawn(
    fn: Callable[[Any], Any],
    initializer: Callable[..., Any] | None,
    initargs: tuple[Any, ...],
    keep: Callable[[_Worker], None] | None = None,
) -> _Worker:
    """Start one worker with SIGINT blocked from its first instruction.

    The signal mask survives fork and exec, so the interpreter that starts in the child never
    sees a Ctrl-C meant for the parent, even during its imports. In the parent the block lasts
    only until ``keep`` has recorded the worker (so a Ctrl-C, delivered right after, finds it
    to stop). The resource tracker is started first: starting it unblocks SIGINT.
    """
    from multiprocessing import resource_tracker

    resource_tracker.ensure_running()
    ctx: Any = multiprocessing.get_context(START_METHOD)
    parent_conn, child_conn = ctx.Pipe(duplex=True)
    proc = ctx.Process(
        target=_worker_main,
        args=(child_conn, os.getpid(), fn, initializer, initargs),
        daemon=True,
        name="newsparse-worker",
    )
    old = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        proc.start()
        child_conn.close()
        worker = _Worker(proc, parent_conn)
        if keep is not None:
            keep(worker)
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, old)
    return worker


def _kill(worker: _Worker) -> None:
    worker.conn.close()
    if worker.proc.is_alive():
        worker.proc.kill()
    worker.proc.join(timeout=STOP_SECONDS)


def _stop(workers: list[_Worker]) -> None:
    """Ask every worker to finish and exit; kill the ones that do not in time."""
    for w in workers:
        with contextlib.suppress(OSError, ValueError):
            w.conn.send(None)
    deadline = time.monotonic() + STOP_SECONDS
    for w in workers:
        w.proc.join(timeout=max(0.0, deadline - time.monotonic()))
        _kill(w)


def ordered_map(
    fn: Callable[[T], R],
    tasks: Iterable[T],
    *,
    jobs: int,
    on_crash: Callable[[T, BaseException], R],
    initializer: Callable[..., Any] | None = None,
    initargs: tuple[Any, ...] = (),
    in_flight: int | None = None,
    deadline: Callable[[T], float | None] | None = None,
    on_overrun: Callable[[T, BaseException], R] | None = None,
    split: Callable[[T], list[T]] | None = None,
) -> Generator[R, None, None]:
    """``map(fn, tasks)`` over ``jobs`` worker processes, yielding results in input order.

    The workers start (and run ``initializer``) at once, before the first task is read.
    ``fn`` should catch its own per-item errors; any other exception from a task ends the run.
    A task whose worker dies yields ``on_crash(task, error)``; one still running ``deadline(task)``
    seconds after it started has its worker killed and yields ``on_overrun(task, error)``.
    With ``split``, a task of several items that dies or overruns is split and its parts are
    run again, each alone, so only the part that really fails is given up (the parts' results
    are yielded in its place, in order). Closing the generator kills the workers at once.
    """
    jobs = max(1, jobs)
    in_flight = max(jobs, in_flight or 2 * jobs)
    on_overrun = on_overrun or on_crash
    workers: list[_Worker] = []
    source: Iterator[T] = iter(tasks)
    order: deque[_Entry[T, R]] = deque()  # not yet yielded, in submission order
    unsent: deque[_Entry[T, R]] = deque()  # not yet given to a worker, in order
    entries: dict[int, _Entry[T, R]] = {}
    seqs = iter(range(sys.maxsize))
    exhausted = False
    finished = False
    deaths: list[BaseException] = []  # workers that died before they were ready

    def add(task: T, *, at: int | None = None, part: bool = False) -> _Entry[T, R]:
        entry: _Entry[T, R] = _Entry(task, next(seqs), split=part)
        entries[entry.seq] = entry
        if at is None:
            order.append(entry)
        else:
            order.insert(at, entry)
        return entry

    def fail(worker: _Worker, err: BaseException, *, overran: bool, starting: bool = False) -> None:
        """A worker died or was killed: its running task pays, its queued tasks are resent."""
        _kill(worker)
        if starting:
            deaths.append(err)
            if len(deaths) >= STARTUP_DEATHS:
                raise WorkerCrash(
                    f"worker processes keep dying as they start ({err}; out of memory? "
                    "try fewer --jobs)"
                )
        if not worker.queue:
            return
        culprit = entries[worker.queue.popleft()]
        resend = [entries[s] for s in worker.queue]
        worker.queue.clear()
        parts = split(culprit.task) if split is not None and not culprit.split else []
        if len(parts) > 1:
            at = order.index(culprit)
            del order[at]
            del entries[culprit.seq]
            new = [add(p, at=at + k, part=True) for k, p in enumerate(parts)]
            unsent.extendleft(reversed([*new, *resend]))
        else:
            culprit.done = True
            culprit.result = (on_overrun if overran else on_crash)(culprit.task, err)
            del entries[culprit.seq]
            unsent.extendleft(reversed(resend))

    try:
        while len(workers) < jobs:  # inside the try: a Ctrl-C here still stops those started
            _spawn(fn, initializer, initargs, keep=workers.append)
        while True:
            # Read ahead while there is room; hand out work to workers with room in their pipe.
            while not exhausted and len(order) < in_flight:
                task = next(source, None)
                if task is None:
                    exhausted = True
                    break
                unsent.append(add(task))
            for i, w in enumerate(workers):
                if not w.proc.is_alive() and not w.queue and unsent:
                    _kill(w)
                    w = _spawn(fn, initializer, initargs, keep=partial(workers.__setitem__, i))
                while w.ready and unsent and len(w.queue) < QUEUED_PER_WORKER:
                    entry = unsent.popleft()
                    try:
                        w.conn.send((entry.seq, entry.task))
                    except (OSError, ValueError):
                        unsent.appendleft(entry)
                        break
                    w.queue.append(entry.seq)
            while order and order[0].done:
                yield order.popleft().result
            if not order:
                if exhausted:
                    break
                continue
            _wait(workers, entries, deadline, fail)
        finished = True
    finally:
        if finished:
            _stop(workers)
        else:
            for w in workers:
                _kill(w)


def _wait(
    workers: list[_Worker],
    entries: dict[int, _Entry[Any, Any]],
    deadline: Callable[[Any], float | None] | None,
    fail: Callable[..., None],
) -> None:
    """Wait for the next message, death or deadline of any busy worker, and act on it."""
    now = time.monotonic()
    due: list[tuple[float, _Worker]] = []
    for w in workers:
        if w.queue and w.started is not None and deadline is not None:
            limit = deadline(entries[w.queue[0]].task)
            if limit is not None:
                due.append((w.started + limit, w))
    timeout = max(0.0, min(d for d, _ in due) - now) if due else None
    busy = [w for w in workers if w.queue or (not w.ready and not w.conn.closed)]
    ready = wait([w.conn for w in busy] + [w.proc.sentinel for w in busy], timeout)
    for w in busy:
        if w.conn in ready:
            try:
                kind, seq, payload = w.conn.recv()
            except (EOFError, OSError):
                fail(w, WorkerDied("the worker process died"), overran=False)
                continue
            if kind == "ready":
                w.ready = True
            elif kind == "start":
                w.started = time.monotonic()
            elif kind == "done":
                entry = entries.pop(seq)
                entry.done, entry.result = True, payload
                w.queue.popleft()
                w.started = None
            else:  # "error": the task function itself failed, which ends the run
                raise payload
        elif w.proc.sentinel in ready:
            if not w.ready:
                fail(w, WorkerCrash(f"exit code {w.proc.exitcode}"), overran=False, starting=True)
                continue
            fail(
                w,
                WorkerDied(f"the worker process died (exit code {w.proc.exitcode})"),
                overran=False,
            )
    now = time.monotonic()
    for limit, w in due:
        if now >= limit and w.queue and w.started is not None and w.proc.is_alive():
            if w.conn.poll():
                continue  # it finished just in time: read it on the next round
            fail(w, TaskOverran("the task ran past its deadline"), overran=True)
