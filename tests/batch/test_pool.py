"""The ordered process pool: order kept, a dying or stalled worker costs only its task, workers
ignore Ctrl-C from their first instruction and die with their parent, nothing lingers."""

from __future__ import annotations

import multiprocessing
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from newsparse.batch.pool import _spawn, ordered_map
from newsparse.errors import WorkerCrash

ROOT = Path(__file__).resolve().parents[2]


def _square_or_die(n: int) -> int:
    if n == 13:
        os._exit(3)  # a worker that dies (OOM-killed, segfault...)
    return n * n


def _sum_or_die(task: list[int]) -> list[int]:
    if 13 in task:
        os._exit(3)
    return [n * n for n in task]


def _stall(n: int) -> int:
    if n == 2:
        signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGALRM})
        while True:  # stuck where no alarm reaches (C code that never returns)
            time.sleep(1)
    return n


def _die_at_start() -> None:
    os._exit(7)


def _no_children_left(deadline: float = 10) -> bool:
    end = time.monotonic() + deadline
    while multiprocessing.active_children() and time.monotonic() < end:
        time.sleep(0.05)
    return multiprocessing.active_children() == []


def test_ordered_map_keeps_order_and_survives_a_dead_worker() -> None:
    got = list(
        ordered_map(_square_or_die, range(20), jobs=2, on_crash=lambda n, err: -n, in_flight=3)
    )
    assert got == [-n if n == 13 else n * n for n in range(20)]


def test_ordered_map_survives_a_worker_dying_while_tasks_are_queued() -> None:
    def tasks():
        yield 13  # its worker dies at once ...
        time.sleep(1.5)  # ... so a worker is already gone when the next task comes
        yield from range(3)

    got = list(ordered_map(_square_or_die, tasks(), jobs=2, on_crash=lambda n, err: -n))
    assert got == [-13, 0, 1, 4]


def test_a_task_that_kills_its_worker_is_split_so_only_the_culprit_is_lost() -> None:
    tasks = [[1, 2], [12, 13, 14], [5]]
    got = list(
        ordered_map(
            _sum_or_die,
            tasks,
            jobs=2,
            on_crash=lambda t, err: [-n for n in t],
            split=lambda t: [[n] for n in t],
        )
    )
    assert got == [[1, 4], [144], [-13], [196], [25]]


def test_a_stalled_worker_is_replaced_and_its_task_overruns() -> None:
    start = time.monotonic()
    got = list(
        ordered_map(
            _stall,
            range(5),
            jobs=2,
            on_crash=lambda n, err: -1,
            deadline=lambda n: 1.0,
            on_overrun=lambda n, err: -100 - n,
        )
    )
    assert got == [0, 1, -102, 3, 4]
    assert time.monotonic() - start < 30
    assert _no_children_left()


def test_workers_that_keep_dying_at_start_end_the_run_with_one_error() -> None:
    with pytest.raises(WorkerCrash, match="keep dying as they start"):
        list(ordered_map(_square_or_die, range(3), jobs=1, on_crash=lambda n, e: 0,
                         initializer=_die_at_start))  # fmt: skip
    assert _no_children_left()


def test_ordered_map_stops_workers_when_the_consumer_leaves() -> None:
    results = ordered_map(_square_or_die, range(1000), jobs=2, on_crash=lambda n, err: -n)
    assert next(results) == 0
    results.close()  # what a closed pipe does: nothing must linger
    assert _no_children_left()


def _signal_mask(pid: int, field: str) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1], 16)
    raise AssertionError(field)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_a_worker_ignores_sigint_from_its_first_instruction() -> None:
    worker = _spawn(_square_or_die, None, ())
    try:
        # Blocked before exec: the new interpreter never sees a Ctrl-C, even in its imports.
        assert _signal_mask(worker.proc.pid, "SigBlk") & (1 << (signal.SIGINT - 1))
        os.kill(worker.proc.pid, signal.SIGINT)
        assert worker.conn.recv()[0] == "ready"
        worker.conn.send((0, 7))
        assert worker.conn.recv()[0] == "start"
        assert worker.conn.recv() == ("done", 0, 49)
        assert worker.proc.is_alive()
    finally:
        worker.conn.send(None)
        worker.proc.join(5)


PARENT = textwrap.dedent(
    """
    import sys, time
    from newsparse.batch.pool import ordered_map

    def slow(n):
        time.sleep(60)
        return n

    if __name__ == "__main__":
        for _ in ordered_map(slow, range(10), jobs=2, on_crash=lambda n, e: n):
            pass
    """
)


def _descendants(pid: int) -> set[int]:
    found, stack = set(), [pid]
    while stack:
        p = stack.pop()
        try:
            for task in os.listdir(f"/proc/{p}/task"):
                kids = Path(f"/proc/{p}/task/{task}/children").read_text().split()
                stack.extend(int(k) for k in kids)
                found.update(int(k) for k in kids)
        except (FileNotFoundError, ProcessLookupError):
            continue
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (FileNotFoundError, ProcessLookupError):
        return False
    return state not in ("Z", "X")  # a zombie has ended; only its parent's reaping is left


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_kill_9_of_the_parent_leaves_no_worker_or_resource_tracker(tmp_path: Path) -> None:
    script = tmp_path / "parent.py"
    script.write_text(PARENT)
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    parent = subprocess.Popen([sys.executable, str(script)], env=env)
    try:
        deadline = time.monotonic() + 60
        kids: set[int] = set()
        while len(kids) < 3 and time.monotonic() < deadline:  # two workers + the tracker
            time.sleep(0.2)
            kids = _descendants(parent.pid)
        assert len(kids) >= 3, kids
        time.sleep(1)  # the workers are running their tasks now
        kids = _descendants(parent.pid)
        parent.kill()
        parent.wait()
        end = time.monotonic() + 5
        while any(_alive(k) for k in kids) and time.monotonic() < end:
            time.sleep(0.1)
        assert not [k for k in kids if _alive(k)]
    finally:
        if parent.poll() is None:
            parent.kill()
