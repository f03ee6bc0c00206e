"""The speech-attribution core: quotation marks, cues, speakers, reported speech, coreference.

``attribute`` finds every attributed stretch of speech once; quotes and claims are built from
its records and never look for a cue or a speaker again.
"""

from newsparse.extract.attribution.core import attribute, speaker_resolver
from newsparse.extract.attribution.records import Attribution, Attributions
from newsparse.extract.attribution.speakers import frame_speaker

__all__ = ["Attribution", "Attributions", "attribute", "frame_speaker", "speaker_resolver"]
