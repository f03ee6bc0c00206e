"""Many articles: find the inputs, analyse them in order (here or in worker processes), and
write the results safely. One job per module:

- ``inputs``: files, folders, globs and stdin, sorted; the one reader from a path to articles
- ``tasks``: small ordered units of work, and what a worker does with one
- ``pool``: an ordered, bounded process pool that survives a dying worker
- ``engine``: articles or paths in, ordered Outcomes out (``analyze_many``)
- ``outdir``, ``sinks``, ``progress``, ``summary``: where results go, and what the run says
- ``runner``: ``run(options) -> RunSummary``, the ``summarize`` command without Click
"""

from newsparse.batch.engine import analyze_many, analyze_outcomes
from newsparse.batch.inputs import DEFAULT_PATTERNS
from newsparse.batch.outcome import Outcome
from newsparse.batch.runner import RunOptions, run
from newsparse.batch.summary import RunSummary

__all__ = [
    "DEFAULT_PATTERNS",
    "Outcome",
    "RunOptions",
    "RunSummary",
    "analyze_many",
    "analyze_outcomes",
    "run",
]
