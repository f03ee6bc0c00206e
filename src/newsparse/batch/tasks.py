"""A unit of batch work: a few articles in order, analysed in one go, in a worker or here.

Failures from loading ride along in their place so the output keeps input order; one bad
article costs only its own record, and a task whose worker died becomes crash records. Every
article has a time budget (``--timeout``): past it, an alarm stops its analysis and it becomes
a ``timeout`` record (the pool kills a worker that the alarm cannot reach).
"""

from __future__ import annotations

import ctypes
import math
import signal
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any, TypeAlias

from newsparse.analysis import report_from_doc
from newsparse.batch.outcome import Outcome
from newsparse.errors import ArticleTimeout, WorkerCrash
from newsparse.models import Article, Failure, Report
from newsparse.nlp import CHUNK_CHARS

if TYPE_CHECKING:
    from spacy.language import Language

Item: TypeAlias = Article | Failure
"""What the loader yields for each article of an input: the article, or why it has none."""

BATCH_SIZE = 16
"""Docs (paragraph-aligned chunks of <= nlp.CHUNK_CHARS) per ``nlp.pipe`` batch: spaCy's default
of 256 whole articles costs ~3 GB; a task (below) is at most one batch of ordinary articles, so a
worker holds at most ~16 articles' Docs at a time. Larger batches measured no faster here."""

TASK_ARTICLES = 16
TASK_CHARS = 40_000
"""A task sent to a worker holds at most this many articles / characters (~7,000 words, a few
seconds of work): small enough that memory stays flat and the last tasks spread evenly over
the workers, large enough that IPC (a pickled list out, JSON strings back) is noise. An article
longer than this is a task of its own."""

FIRST_TASK_ARTICLES = 1
"""The first task holds one article, the next two, then four...: the first record comes out as
soon as one article is done, not sixteen."""

DEFAULT_TIMEOUT = 60.0
"""Seconds an ordinary article may take (``--timeout``): an ordinary news article takes well
under 5 s; a long one gets this much for every ``nlp.CHUNK_CHARS`` characters."""

OVERRUN_GRACE = 10.0
"""Seconds the pool waits past a task's budget before it kills a worker its alarm did not stop."""


def tasks_of(
    items: Iterable[Item],
    *,
    max_articles: int = TASK_ARTICLES,
    max_chars: int = TASK_CHARS,
    first: int = FIRST_TASK_ARTICLES,
) -> Iterator[list[Item]]:
    """Group a stream into small ordered tasks (failures ride along to keep their place).

    Tasks grow from ``first`` articles, doubling up to ``max_articles``; an article over
    ``max_chars`` goes alone.
    """
    task: list[Item] = []
    n = chars = 0
    cap = max(1, min(first, max_articles))
    for item in items:
        if isinstance(item, Article) and len(item.text) > max_chars and n:
            yield task
            task, n, chars, cap = [], 0, 0, min(2 * cap, max_articles)
        task.append(item)
        if isinstance(item, Article):
            n += 1
            chars += len(item.text)
        if n >= cap or chars >= max_chars:
            yield task
            task, n, chars, cap = [], 0, 0, min(2 * cap, max_articles)
    if task:
        yield task


def split_task(items: list[Item]) -> list[list[Item]]:
    """A task as one task per item: the pool reruns a failed task this way to find its culprit."""
    return [[item] for item in items]


# --------------------------------------------------------------------------- time budgets


class _OutOfTime(BaseException):
    """Raised by the alarm inside an article's analysis. Not an Exception, so no ``except
    Exception`` on the way can swallow it; ``analyze_chunk`` turns it into a timeout record."""


def article_budget(article: Article, timeout: float | None) -> float | None:
    """Seconds one article may take: ``timeout`` for each ``CHUNK_CHARS`` of its text."""
    if timeout is None:
        return None
    return timeout * max(1, math.ceil(len(article.text) / CHUNK_CHARS))


def task_deadline(items: list[Item], timeout: float | None) -> float | None:
    """Seconds after which the pool gives up on a task's worker: every budget in it (the joint
    parse has one ordinary budget of its own) and a grace period for the alarm to act."""
    if timeout is None:
        return None
    budgets = [article_budget(a, timeout) or 0.0 for a in items if isinstance(a, Article)]
    return timeout + sum(budgets) + OVERRUN_GRACE


@contextmanager
def budget(seconds: float | None) -> Iterator[None]:
    """Raise ``_OutOfTime`` inside the block once it has run ``seconds`` (SIGALRM).

    The alarm repeats every second until the block ends, in case a first one lands where
    Python ignores exceptions (a finaliser). Signals reach only the main thread: in any other
    thread (a Dask worker's, a library caller's) a timer thread raises it instead.
    """
    if not seconds:
        yield
        return
    if threading.current_thread() is not threading.main_thread():
        with _thread_budget(seconds):
            yield
        return

    def ring(signum: int, frame: Any) -> None:
        raise _OutOfTime

    previous = signal.signal(signal.SIGALRM, ring)
    signal.setitimer(signal.ITIMER_REAL, seconds, 1.0)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


@contextmanager
def _thread_budget(seconds: float) -> Iterator[None]:
    """``budget`` off the main thread: a timer raises ``_OutOfTime`` in this thread (at its
    next Python instruction, as a signal handler would run), again every second until the
    block ends; none is left pending or can come once it has."""
    target = ctypes.c_ulong(threading.get_ident())
    lock = threading.Lock()
    stop = threading.Event()

    def ring() -> None:
        wait = seconds
        while not stop.wait(wait):
            with lock:
                if stop.is_set():
                    return
                ctypes.pythonapi.PyThreadState_SetAsyncExc(target, ctypes.py_object(_OutOfTime))
            wait = 1.0

    threading.Thread(target=ring, name="newsparse-budget", daemon=True).start()
    try:
        yield
    finally:
        for _ in range(3):  # a ring lands at most once a second: the second try is clean
            try:
                with lock:
                    stop.set()
                    ctypes.pythonapi.PyThreadState_SetAsyncExc(target, None)  # set, not raised
                break
            except _OutOfTime:
                continue  # the block had ended: too late to count


def timed_out(article: Article, seconds: float | None, *, stuck: bool = False) -> Failure:
    """The ``timeout`` error record of an article that ran past its budget."""
    how = "; its worker could not be interrupted and was replaced" if stuck else ""
    err = ArticleTimeout(
        f"analysis took longer than its {seconds or 0:g} s budget{how} (raise --timeout)"
    )
    return Failure.from_error(err, id=article.id, path=article.path)


# --------------------------------------------------------------------------- analysis


def analyze_chunk(
    items: list[Item],
    *,
    nlp: Language,
    label: str,
    batch_size: int = BATCH_SIZE,
    timeout: float | None = None,
) -> list[Outcome]:
    """Analyse a small list in order; one bad or slow article costs only its own record.

    Ordinary articles are parsed together (one ``nlp.pipe`` stream, within one ordinary
    budget); if that fails or runs out of time, each is parsed alone to find the culprit.
    """
    from newsparse.chunked import is_long, merged_in_chunks
    from newsparse.nlp import parse, parse_many

    short = [item for item in items if isinstance(item, Article) and not is_long(item.text)]
    docs: dict[int, Any] = {}
    try:
        with budget(timeout):
            parsed = parse_many(nlp, (a.text for a in short), batch_size=batch_size)
            docs = {id(a): doc for a, doc in zip(short, parsed, strict=True)}
    except (Exception, _OutOfTime):
        docs = {}  # find the culprit: parse one by one below
    outcomes: list[Outcome] = []
    for item in items:
        if isinstance(item, Failure):
            outcomes.append(Outcome.of(item))
            continue
        seconds = article_budget(item, timeout)
        try:
            with budget(seconds):
                if is_long(item.text):  # written an item at a time later, never built whole
                    merged = merged_in_chunks(item, nlp=nlp, model=label)
                    outcomes.append(Outcome.of_merged(merged, words=item.word_count))
                    continue
                doc = docs.pop(id(item), None)
                doc = parse(nlp, item.text) if doc is None else doc
                record: Report | Failure = report_from_doc(item, doc, model=label)
        except _OutOfTime:
            record = timed_out(item, seconds)
        except Exception as err:
            record = Failure.from_error(err, id=item.id, path=item.path)
        outcomes.append(Outcome.of(record, words=item.word_count))
    return outcomes


def crashed(items: list[Item], err: BaseException) -> list[Outcome]:
    """Records for a task whose worker died: the rest of the run goes on."""
    crash = WorkerCrash("the worker process died while analysing this article (out of memory?)")
    return [
        Outcome.of(item)
        if isinstance(item, Failure)
        else Outcome.of(
            Failure.from_error(crash, id=item.id, path=item.path), words=item.word_count
        )
        for item in items
    ]


def overran(items: list[Item], timeout: float | None) -> list[Outcome]:
    """Records for a task whose worker ran past its deadline and was killed."""
    return [
        Outcome.of(item)
        if isinstance(item, Failure)
        else Outcome.of(
            timed_out(item, article_budget(item, timeout), stuck=True), words=item.word_count
        )
        for item in items
    ]


# Worker-process state: the pipeline is loaded once per worker by ``worker_init``.
_WORKER: dict[str, Any] = {}


def worker_init(model: str | None, timeout: float | None = None) -> None:
    """Runs once in each worker process: load the pipeline (the expensive part) there."""
    from newsparse.nlp import load_pipeline, model_label

    _WORKER["timeout"] = timeout
    try:
        nlp = load_pipeline(model)
        _WORKER.update(nlp=nlp, label=model_label(nlp))
    except Exception as err:  # reported by the first task: an initializer error breaks the pool
        _WORKER["error"] = err


def worker_task(items: list[Item]) -> list[Outcome]:
    """One task in a worker: outcomes packed as JSON, cheap to send back."""
    error = _WORKER.get("error")
    if isinstance(error, BaseException):
        raise error
    outcomes = analyze_chunk(
        items, nlp=_WORKER["nlp"], label=_WORKER["label"], timeout=_WORKER["timeout"]
    )
    return [sendable(o) for o in outcomes]


def sendable(outcome: Outcome) -> Outcome:
    """What a worker sends back: the JSON (a long report's in a spool file); an outcome that
    cannot be serialised becomes its error record, costing only itself."""
    try:
        return outcome.sent()
    except Exception as err:
        failure = Failure.from_error(err, id=outcome.id, path=outcome.path)
        return Outcome.of(failure, words=outcome.words).packed()
