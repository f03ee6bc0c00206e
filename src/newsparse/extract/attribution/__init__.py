"""The speech-attribution core: quotation marks, cues, speakers, reported speech, coreference.

``attribute`` finds every attributed stretch of speech once; quotes and claims are built from
its records and never look for a cue or a speaker again.
"""

from newsparse.extract.attribution.core import attribute
from newsparse.extract.attribution.records import Attribution, Attributions

__all__ = ["Attribution", "Attributions", "attribute"]
