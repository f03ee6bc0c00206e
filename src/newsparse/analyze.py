"""Article -> Report: parse with spaCy, then run the pure extractors over the Doc."""

from __future__ import annotations

import os
import signal
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from newsparse import __version__
from newsparse.models import Article, ErrorInfo, Failure, Report

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc


def paragraph_starts(article: Article) -> list[int]:
    """Character offset in ``article.text`` where each paragraph begins."""
    starts: list[int] = []
    pos = 0
    for para in article.paragraphs:
        found = article.text.find(para, pos)
        if found == -1:
            found = pos
        starts.append(found)
        pos = found + len(para)
    return starts


def report_from_doc(article: Article, doc: Doc, *, model: str) -> Report:
    """The pure step: a parsed Doc and its Article become a Report of plain data."""
    from newsparse.docview import DocView
    from newsparse.extract.claims.build import extract_claims, sourcing_profile
    from newsparse.extract.doccache import forget, remember_text, use_view
    from newsparse.extract.entities.mentions import extract_entities
    from newsparse.extract.quotes import extract_quotes
    from newsparse.extract.summary import extract_summary

    starts = paragraph_starts(article)
    warnings: list[str] = []
    view = DocView.of(doc, text=article.text)  # read once, handed to every extractor
    entities = extract_entities(view, headline=article.headline)
    try:  # quotes and claims still reach the Doc through doccache: it hands on the same view
        remember_text(doc, article.text)
        use_view(doc, view)
        quotes = extract_quotes(doc, entities=entities, paragraph_starts=starts, warnings=warnings)
        claims = extract_claims(doc, entities=entities, quotes=quotes, paragraph_starts=starts)
    finally:
        forget(doc)
    summary = extract_summary(view, paragraph_starts=starts, quotes=quotes, entities=entities)
    return Report(
        id=article.id,
        model=model,
        newsparse_version=__version__,
        article=article,
        entities=entities,
        quotes=quotes,
        claims=claims,
        sourcing=sourcing_profile(claims),
        summary=summary,
        warnings=warnings,
    )


def analyze(article: Article, *, model: str | None = None, nlp: Language | None = None) -> Report:
    """Analyse one article with the named (or default) pipeline."""
    return next(iter(analyze_stream([article], model=model, nlp=nlp)))


def analyze_stream(
    articles: Iterable[Article],
    *,
    model: str | None = None,
    nlp: Language | None = None,
    batch_size: int = 16,
) -> Iterator[Report]:
    """Analyse articles in one process, streaming, in input order."""
    from newsparse.nlp import load_pipeline, model_label, parse_many

    nlp = nlp or load_pipeline(model)
    label = model_label(nlp)
    buffered: list[Article] = []

    def texts() -> Iterator[str]:
        for article in articles:
            buffered.append(article)
            yield article.text

    for doc in parse_many(nlp, texts(), batch_size=batch_size):
        yield report_from_doc(buffered.pop(0), doc, model=label)


# --------------------------------------------------------------------------- many articles

BATCH_SIZE = 16
"""Docs (paragraph-aligned chunks of <= nlp.CHUNK_CHARS) per ``nlp.pipe`` batch: spaCy's default
of 256 whole articles costs ~3 GB; a task (below) is at most one batch of ordinary articles, so a
worker holds at most ~16 articles' Docs at a time. Larger batches measured no faster here."""

TASK_ARTICLES = 16
TASK_CHARS = 40_000
"""A task sent to a worker holds at most this many articles / characters (~7,000 words, a few
seconds of work): small enough that memory stays flat and the last tasks spread evenly over
the workers, large enough that IPC (a pickled list out, JSON strings back) is noise."""


@dataclass(frozen=True)
class Outcome:
    """One article's result as the batch layer sees it: the record or its JSON, made on demand.

    Workers send back JSON strings (cheap to pickle, already what gets written); the in-process
    path keeps the objects. Either way ``json()`` and ``record()`` give the same thing.
    """

    id: str
    path: str | None
    ok: bool
    words: int = 0
    _record: Report | Failure | None = field(default=None, repr=False)
    _json: str | None = field(default=None, repr=False)

    def record(self) -> Report | Failure:
        if self._record is not None:
            return self._record
        assert self._json is not None
        cls = Report if self.ok else Failure
        return cls.model_validate_json(self._json)

    def json(self) -> str:
        if self._json is not None:
            return self._json
        assert self._record is not None
        return self._record.model_dump_json()

    @classmethod
    def of(cls, record: Report | Failure, *, words: int = 0) -> Outcome:
        path = record.article.path if isinstance(record, Report) else record.path
        return cls(record.id, path, isinstance(record, Report), words, _record=record)

    def packed(self) -> Outcome:
        """The same outcome carrying only JSON: what a worker returns to the parent."""
        return Outcome(self.id, self.path, self.ok, self.words, _json=self.json())


def failure_for(article: Article, err: BaseException) -> Failure:
    """A failed analysis becomes a record, not the end of the run."""
    where = article.path or article.id
    message = str(err).splitlines()[0] if str(err) else type(err).__name__
    return Failure(
        id=article.id,
        path=article.path,
        error=ErrorInfo(type=type(err).__name__, message=f"{where}: {message}"),
    )


def analyze_chunk(
    items: list[Article | Failure], *, nlp: Language, label: str, batch_size: int = BATCH_SIZE
) -> list[Outcome]:
    """Analyse a small list in order; one bad article costs only its own record."""
    from newsparse.nlp import parse_many

    articles = [item for item in items if isinstance(item, Article)]
    try:
        docs = list(parse_many(nlp, (a.text for a in articles), batch_size=batch_size))
    except Exception:
        docs = None  # find the culprit: parse one by one below
    outcomes: list[Outcome] = []
    k = 0
    for item in items:
        if isinstance(item, Failure):
            outcomes.append(Outcome.of(item))
            continue
        try:
            doc = docs[k] if docs is not None else next(parse_many(nlp, [item.text]))
            record: Report | Failure = report_from_doc(item, doc, model=label)
        except Exception as err:
            record = failure_for(item, err)
        k += 1
        outcomes.append(Outcome.of(record, words=item.word_count))
    return outcomes


def tasks_of(
    items: Iterable[Article | Failure],
    *,
    max_articles: int = TASK_ARTICLES,
    max_chars: int = TASK_CHARS,
) -> Iterator[list[Article | Failure]]:
    """Group a stream into small ordered tasks (failures ride along to keep their place)."""
    task: list[Article | Failure] = []
    n = chars = 0
    for item in items:
        task.append(item)
        if isinstance(item, Article):
            n += 1
            chars += len(item.text)
        if n >= max_articles or chars >= max_chars:
            yield task
            task, n, chars = [], 0, 0
    if task:
        yield task


IN_FLIGHT_PER_JOB = 8
"""Tasks queued per worker. Results are yielded in input order, so a worker idles when every
queued task is done but the oldest is still running; article costs are heavy-tailed, and in a
simulation of such costs (2 workers) the loss over ideal was 21% at 2 per worker, 12% at 4,
6% at 8. Memory stays flat: 16 tasks of <= 40k characters in flight is a few MB."""

# Worker-process state: the pipeline is loaded once per worker by ``_worker_init``.
_WORKER: dict[str, object] = {}


def _worker_init(model: str | None) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent handles Ctrl-C and stops us
    from newsparse.nlp import load_pipeline, model_label

    try:
        nlp = load_pipeline(model)
        _WORKER.update(nlp=nlp, label=model_label(nlp))
    except Exception as err:  # reported by the first task: an initializer error breaks the pool
        _WORKER["error"] = err


def _worker_task(items: list[Article | Failure]) -> list[Outcome]:
    if "error" in _WORKER:
        raise _WORKER["error"]  # type: ignore[misc]
    nlp, label = _WORKER["nlp"], _WORKER["label"]
    return [
        o.packed()
        for o in analyze_chunk(items, nlp=nlp, label=label)  # type: ignore[arg-type]
    ]


def _crashed(items: list[Article | Failure], err: BaseException) -> list[Outcome]:
    """Records for a task whose worker died: the rest of the run goes on."""
    message = "the worker process died while analysing this article (out of memory?)"
    return [
        Outcome.of(item)
        if isinstance(item, Failure)
        else Outcome.of(
            Failure(
                id=item.id,
                path=item.path,
                error=ErrorInfo(type="WorkerCrash", message=f"{item.path or item.id}: {message}"),
            ),
            words=item.word_count,
        )
        for item in items
    ]


def _expand(
    items: Iterable[Article | Failure | str | os.PathLike[str]], *, max_bytes: int | None
) -> Iterator[Article | Failure]:
    from newsparse.loader import MAX_BYTES, load_articles

    for item in items:
        if isinstance(item, (Article, Failure)):
            yield item
            continue
        path = Path(item)
        try:
            yield from load_articles(path, max_bytes=max_bytes or MAX_BYTES)
        except Exception as err:  # an unreadable file is a Failure in its place
            message = str(err).splitlines()[0] if str(err) else type(err).__name__
            if not message.startswith(str(path)):
                message = f"{path}: {message}"
            error = ErrorInfo(type=type(err).__name__, message=message)
            yield Failure(id=path.stem, path=str(path), error=error)


def analyze_outcomes(
    items: Iterable[Article | Failure | str | os.PathLike[str]],
    *,
    jobs: int = 1,
    model: str | None = None,
    nlp: Language | None = None,
    max_bytes: int | None = None,
) -> Iterator[Outcome]:
    """The engine behind ``analyze_many``: ordered Outcomes, JSON straight from the workers."""
    from newsparse.nlp import resolve_model

    stream = _expand(items, max_bytes=max_bytes)
    tasks = tasks_of(stream)
    first = next(tasks, None)
    if first is None:
        return
    second = next(tasks, None)
    if nlp is not None or jobs <= 1 or second is None:
        # One task of work never pays for starting workers: run it here.
        from newsparse.nlp import load_pipeline, model_label

        label = ""
        for task in _chain(first, second, tasks):
            if not any(isinstance(item, Article) for item in task):
                yield from (Outcome.of(item) for item in task)  # type: ignore[arg-type]
                continue
            if nlp is None or not label:
                nlp = nlp or load_pipeline(model)
                label = model_label(nlp)
            yield from analyze_chunk(task, nlp=nlp, label=label)
        return
    resolve_model(model)  # a missing model is one clear error here, not one per worker
    from newsparse.parallel import ordered_map

    results = ordered_map(
        _worker_task,
        _chain(first, second, tasks),
        jobs=jobs,
        on_crash=_crashed,
        initializer=_worker_init,
        initargs=(model,),
        in_flight=IN_FLIGHT_PER_JOB * jobs,
    )
    try:
        for outcomes in results:
            yield from outcomes
    finally:
        results.close()


def _chain(
    first: list[Article | Failure],
    second: list[Article | Failure] | None,
    rest: Iterator[list[Article | Failure]],
) -> Iterator[list[Article | Failure]]:
    yield first
    if second is not None:
        yield second
        yield from rest


def analyze_many(
    items: Iterable[Article | Failure | str | os.PathLike[str]],
    *,
    jobs: int = 1,
    model: str | None = None,
    nlp: Language | None = None,
    max_bytes: int | None = None,
) -> Iterator[Report | Failure]:
    """Analyse many articles (or files of articles), streaming Reports and Failures in order.

    Paths are loaded with ``loader.load_articles`` (a JSON Lines file gives one result per
    record; an unreadable file gives a Failure). ``jobs > 1`` runs worker processes that each
    load the pipeline once and do the whole analysis; call it under ``if __name__ ==
    "__main__":`` in scripts, as workers are spawned. Memory stays bounded however long the
    input: work is sent in small tasks and only a few are in flight.
    """
    for outcome in analyze_outcomes(items, jobs=jobs, model=model, nlp=nlp, max_bytes=max_bytes):
        yield outcome.record()
