"""Understanding buyer messages (C4): language, normalised text, intent, entities, sentiment.

Pure inference: values in, values out; the only I/O is loading model files. Heavy modules
(encoder, classifier) load lazily on first use.
"""

from __future__ import annotations

from kefu.nlu.langid import LangGuess, detect
from kefu.nlu.normalize import Normalized, normalize

__all__ = ["LangGuess", "Normalized", "detect", "normalize"]
