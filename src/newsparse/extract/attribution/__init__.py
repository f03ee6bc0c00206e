"""The speech-attribution core: quotation marks, cues, speakers, reported speech, coreference."""
