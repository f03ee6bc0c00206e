"""``--engine dask``: the local engine's tasks run on a Dask cluster, results in input order.

The driver reads and plans the inputs exactly as the local engine does (so output names,
``--skip-existing`` and error records for unreadable inputs are the same) and cuts them into
the same small tasks (``tasks.tasks_of``). Each task is one Dask future running
``analyze_partition``, a partition-level function: the worker process loads the pipeline once
(``nlp.load_pipeline`` is cached) and reuses it; no ``nlp`` is ever pickled. Only a few tasks
per worker thread are in flight, so the driver's memory stays flat however long the input, and
results are yielded in input order into the runner's sinks. A task whose worker died (Dask
retries it on another first) becomes crash records, as with the local pool.

No ``scheduler``: a ``LocalCluster`` of ``jobs`` worker processes with one thread each,
started when the first article is ready and closed at the end, its background jobs quietened
(``QUIET_CLUSTER``): on a small machine they share the cores with the analysis.

``--timeout`` holds as in the local engine (``tasks.budget`` stops an article in a worker
thread too); unlike the local pool, nothing kills a worker stuck inside C code past its budget.
"""

from __future__ import annotations

import logging
import signal
import threading
from collections import deque
from collections.abc import Generator, Iterable, Iterator
from contextlib import ExitStack, contextmanager
from typing import TYPE_CHECKING, Any

from newsparse.batch.engine import IN_FLIGHT_PER_JOB
from newsparse.batch.inputs import expand
from newsparse.batch.outcome import Outcome
from newsparse.batch.tasks import DEFAULT_TIMEOUT, Item, analyze_chunk, crashed, tasks_of
from newsparse.errors import UsageError
from newsparse.models import Article, Failure

if TYPE_CHECKING:
    from distributed import Client, Future

INSTALL_HINT = "--engine dask needs Dask: pip install 'newsparse[dask]'"
QUIET_CLUSTER = {
    "distributed.worker.profile.enabled": False,
    "distributed.nanny.pre-spawn-environ.MALLOC_TRIM_THRESHOLD_": None,
    "distributed.admin.tick.interval": "1s",
    "distributed.worker.memory.monitor-interval": "1s",
    "distributed.admin.system-monitor.interval": "5s",
}
"""Dask settings for our own LocalCluster, whose workers share a few cores with the driver:
each background job below wakes a process (a worker's takes the GIL from the analysing thread)
for a dashboard or a safety valve we can run slower. Measured on 2 cores, 100 articles: the
whole run's CPU 25.1 s -> 22.3 s (local engine: 20.7 s). No statistical profiler (every
thread's stack each 10 ms); no ``MALLOC_TRIM_THRESHOLD_=65536`` (set, it turns off glibc's
adaptive mmap threshold, so spaCy's large buffers are mapped and unmapped each time: the
workers' system time doubled; the local pool's workers run without it, their RSS flat too);
the event-loop health tick each 1 s, not 20 ms (in the scheduler, each nanny, each worker); the
memory monitors (worker pause/spill, nanny terminate) each 1 s, not 100 ms; the system monitor
(dashboard plots) each 5 s, not 0.5 s."""
CONNECT_TIMEOUT = "20s"
"""How long to keep trying a ``--scheduler`` address before it is a usage error."""


def analyze_partition(items: list[Item], model: str | None, timeout: float | None) -> list[Outcome]:
    """One task on a Dask worker: the worker's cached pipeline, outcomes packed as JSON."""
    from newsparse.nlp import load_pipeline, model_label

    nlp = load_pipeline(model)
    outcomes = analyze_chunk(items, nlp=nlp, label=model_label(nlp), timeout=timeout)
    return [o.packed() for o in outcomes]


def dask_setup(worker: Any) -> None:
    """Run by each worker of our own LocalCluster as it starts (a Dask preload): Ctrl-C is
    the driver's to handle (it closes the cluster), so the worker ignores SIGINT instead of
    dying with a traceback, as the local pool's workers do."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def dask_outcomes(
    items: Iterable[Item | str],
    *,
    jobs: int = 1,
    model: str | None = None,
    timeout: float | None = DEFAULT_TIMEOUT,
    scheduler: str | None = None,
) -> Generator[Outcome, None, None]:
    """``engine.analyze_outcomes`` on Dask: ordered Outcomes; close it to stop early (pending
    tasks are cancelled, a cluster of our own is closed)."""
    distributed = _distributed()
    with ExitStack() as stack:
        client: Client | None = None
        pending: deque[tuple[list[Item], Future | None]] = deque()
        window = 1
        try:
            for task in tasks_of(expand(items)):
                future = None  # a task of error records alone: nothing to send
                if any(isinstance(item, Article) for item in task):
                    if client is None:
                        client = stack.enter_context(_connect(distributed, scheduler, jobs, model))
                        window = IN_FLIGHT_PER_JOB * _threads(client)
                    future = client.submit(analyze_partition, task, model, timeout, pure=False)
                pending.append((task, future))
                while len(pending) >= window:
                    yield from _outcomes(*pending.popleft(), distributed)
            while pending:
                yield from _outcomes(*pending.popleft(), distributed)
        finally:
            futures = [future for _, future in pending if future is not None]
            if client is not None and futures:
                client.cancel(futures)


def _outcomes(task: list[Item], future: Future | None, distributed: Any) -> list[Outcome]:
    """A task's outcomes: its future's, or (no future) its error records."""
    if future is None:
        return [Outcome.of(item) for item in task if isinstance(item, Failure)]
    done = threading.Event()  # waited for here: Ctrl-C lands in our wait, not inside Dask's
    future.add_done_callback(lambda _: done.set())
    done.wait()
    try:
        return future.result()
    except distributed.KilledWorker as err:  # retried on other workers first: give it up
        return crashed(task, err)


def _distributed() -> Any:
    """``distributed``, or the one-line usage error that says how to get it."""
    try:
        import distributed
    except ImportError:
        raise UsageError(INSTALL_HINT) from None
    return distributed


@contextmanager
def _connect(
    distributed: Any, scheduler: str | None, jobs: int, model: str | None
) -> Iterator[Client]:
    """A client of ``scheduler``, or of a LocalCluster of ``jobs`` worker processes (one
    thread each) that we start and close ourselves."""
    if scheduler is not None:
        try:
            _check_address(scheduler)
        except ValueError as err:  # not an address: no port, an unknown scheme
            raise UsageError(f"--scheduler {scheduler}: {err}") from None
        try:
            client = distributed.Client(scheduler, timeout=CONNECT_TIMEOUT)
        except (OSError, TimeoutError) as err:
            raise UsageError(f"--scheduler {scheduler}: cannot connect ({err})") from None
        with client:
            yield client
        return
    from newsparse.nlp import resolve_model

    resolve_model(model)  # a missing model is one clear error, not one per worker
    import dask

    with dask.config.set(QUIET_CLUSTER):  # the nannies hand this config to their workers
        cluster = distributed.LocalCluster(
            n_workers=jobs,
            threads_per_worker=1,
            processes=True,
            dashboard_address=":0",  # any free port: never a clash over 8787
            preload=[__name__],  # dask_setup: workers leave Ctrl-C to us
            silence_logs=logging.ERROR,
        )
    with cluster, distributed.Client(cluster) as client:
        yield client


def _check_address(address: str) -> None:
    """ValueError unless ``address`` is one Dask can connect to (scheme, and a port where the
    scheme needs one): checked before a Client is made, as a Client that fails on a malformed
    address is left half-started (its clean-up then hangs for 40 s)."""
    from distributed.comm import parse_address
    from distributed.comm.addressing import parse_host_port
    from distributed.comm.registry import get_backend

    scheme, location = parse_address(address)
    get_backend(scheme)
    if scheme in ("tcp", "tls", "ws", "wss"):
        parse_host_port(location)


def _threads(client: Client) -> int:
    """Worker threads in the cluster (at least one)."""
    workers = client.scheduler_info().get("workers", {})
    return max(1, sum(int(w.get("nthreads", 1)) for w in workers.values()))
