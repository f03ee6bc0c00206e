"""Tasks: small, ordered units of work."""

from __future__ import annotations

from newsparse.batch.tasks import tasks_of
from newsparse.models import Article


def test_tasks_are_small_and_keep_order() -> None:
    arts = [Article(id=str(i), text="x" * 1000) for i in range(20)]
    tasks = list(tasks_of(arts, max_articles=8, max_chars=3000))
    assert [len(t) for t in tasks] == [3] * 6 + [2]
    assert [a.id for t in tasks for a in t] == [str(i) for i in range(20)]
