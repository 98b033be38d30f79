"""Intent classifier: TF-IDF n-grams stacked with sentence embeddings, one logistic regression.

Text is normalised (full-width, Traditional → Simplified, masked numbers) and Chinese is
segmented with rjieba; character and word n-grams catch typos, slang and pinyin abbreviations
("qs", "包邮不"), a second character view over accent- and punctuation-free text catches
"envio"/"envío"; the multilingual embedding carries meaning across phrasings and languages.
Probabilities are temperature-calibrated on a held-out slice, and the same slice fixes the
abstain threshold at which answered messages reach the target precision (at a 90 % lower bound,
so a small slice gets a wider margin).
"""

from __future__ import annotations

import json
import random
import re
import time
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
from numpy.typing import NDArray

from kefu import __version__ as kefu_version
from kefu.errors import KefuError, ValidationFailed
from kefu.nlu.encoder import Encoder, get_encoder
from kefu.nlu.finetune import FineTuned
from kefu.nlu.intent_data import Example, data_hash
from kefu.nlu.normalize import normalize
from kefu.nlu.use_cnn import UseCnnEncoder

FORMAT_VERSION = 1
# Bump when features or training change: cached default models keyed on it are rebuilt.
CODE_VERSION = "intent-stack-7"
MANIFEST = "manifest.json"
WEIGHTS = "model.joblib"
# Longer messages are cut before classification (intent sits in the first lines of a chat).
MAX_MODEL_CHARS = 1000
TARGET_PRECISION = 0.95
# The abstain threshold is set where the held-out slice's answered messages reach the target
# precision at a one-sided 90 % Wilson lower bound, a margin for the slice being a sample.
CALIBRATION_Z = 1.2816
# Sentence-embedding cosine at which two training lines of one intent count as one item for the
# calibration slice (the same question with another city or product name in it).
SEMANTIC_DUPLICATE = 0.85

_LONG_DIGITS = re.compile(r"\d{5,}")
_HAN = re.compile(r"[\u3400-\u9fff]")
_NOT_WORD = re.compile(r"[\W\d_]+")
ProgressFn = Callable[[str, float], None]


class ModelFormatError(KefuError):
    """A model directory is missing, damaged, or was written by another format version."""

    status_code = 409
    code = "nlu_model_format"


@dataclass(frozen=True, slots=True)
class IntentPrediction:
    intent: str
    confidence: float
    top: tuple[tuple[str, float], ...]
    # Below the model's threshold: the bot should not act on `intent` alone (hand off / ask).
    abstained: bool
    truncated: bool = False


@dataclass(frozen=True, slots=True)
class TrainConfig:
    c: float = 10.0
    embedding_weight: float = 2.0
    use_embeddings: bool = True
    use_tfidf: bool = True
    calibration_share: float = 0.15
    seed: int = 0
    max_iter: int = 2000
    # A second char view (2-5-grams) over text with accents, punctuation and digits dropped:
    # buyers write "envio"/"envío", "q"/"que" and rarely punctuate.
    folded_view: bool = True
    class_weight: str | None = None
    # Noisy copies of each Latin-script training line (accents dropped, punctuation dropped,
    # a greeting in front, one adjacent-letter swap): buyer noise applied generically.
    augment: int = 0
    # Fine-tune the sentence encoder's layers on the data (PyTorch, at training time only) and
    # mix the tuned head's logits with the stack's, with a weight chosen on the calibration
    # slice (0 when tuning does not help there). Pays off on large single-domain sets.
    fine_tune: bool = False
    fine_tune_epochs: int = 4
    # A fixed mix weight in [0, 1] instead of the one the calibration slice picks.
    fine_tune_weight: float | None = None


@dataclass
class Manifest:
    format_version: int
    code_version: str
    kefu_version: str
    task: str
    labels: list[str]
    encoder: str | None
    data_hash: str
    n_examples: int
    temperature: float
    threshold: float
    config: dict[str, Any]
    metrics: dict[str, Any] = field(default_factory=dict)
    # Share of the fine-tuned head in the logits (0: the stack alone).
    tuned_weight: float = 0.0

    def to_json(self) -> str:
        return json.dumps(self.__dict__, ensure_ascii=False, indent=2, sort_keys=True)


def prepare_text(text: str) -> tuple[str, str, bool]:
    """(text for char n-grams and embeddings, word-segmented text, whether it was truncated)."""
    truncated = len(text) > MAX_MODEL_CHARS
    norm = normalize(text[:MAX_MODEL_CHARS]).text_for_matching
    # Order and tracking numbers differ in every message; their presence is what matters.
    norm = _LONG_DIGITS.sub("00000", norm)
    if _HAN.search(norm):
        import rjieba

        segmented = " ".join(tok for tok in rjieba.cut(norm) if tok.strip())
    else:
        segmented = norm
    return norm, segmented, truncated


def fold_text(text: str) -> str:
    """Normalised text without accents, punctuation or digits (keeps Han characters)."""
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(_NOT_WORD.sub(" ", bare).split())


def _folded_vectoriser(n_examples: int) -> Any:
    from sklearn.feature_extraction.text import TfidfVectorizer

    return TfidfVectorizer(
        analyzer="char_wb",
        ngram_range=(2, 5),
        sublinear_tf=True,
        min_df=2 if n_examples >= 5000 else 1,
        lowercase=False,
    )


def _vectorisers(n_examples: int) -> tuple[Any, Any]:
    """Char n-grams over the normalised text, word uni/bigrams over the segmented text."""
    from sklearn.feature_extraction.text import TfidfVectorizer

    min_df = 2 if n_examples >= 5000 else 1
    chars = TfidfVectorizer(
        analyzer="char_wb", ngram_range=(1, 4), sublinear_tf=True, min_df=min_df, lowercase=False
    )
    words = TfidfVectorizer(
        analyzer="word",
        ngram_range=(1, 2),
        sublinear_tf=True,
        token_pattern=r"(?u)\b\w+\b|<masked>",  # noqa: S106 - a regex, not a password
        lowercase=False,
    )
    return chars, words


class _Features:
    """Turns texts into the stacked feature matrix; fitted once, then frozen."""

    def __init__(self, config: TrainConfig, encoder: Encoder | None) -> None:
        self.config = config
        self.encoder = encoder
        # Two plain vectorisers, not a FeatureUnion: its joblib dispatch costs milliseconds
        # per single message, more than the features themselves.
        self.char_vec: Any = None
        self.word_vec: Any = None
        self.fold_vec: Any = None

    def _columns(self, texts: Sequence[str]) -> tuple[list[str], list[str]]:
        prepared = [prepare_text(t) for t in texts]
        return [p[0] for p in prepared], [p[1] for p in prepared]

    @staticmethod
    def _embedding_inputs(texts: Sequence[str]) -> list[str]:
        # The encoder reads the message as written (it knows zh-TW and accents): the same
        # string the sentiment model embeds, so one analysis encodes a message only once.
        return [t[:MAX_MODEL_CHARS] for t in texts]

    def fit_transform(self, texts: Sequence[str]) -> Any:
        chars, words = self._columns(texts)
        parts: list[Any] = []
        if self.config.use_tfidf:
            self.char_vec, self.word_vec = _vectorisers(len(texts))
            parts.append(self.char_vec.fit_transform(chars))
            parts.append(self.word_vec.fit_transform(words))
            if self.config.folded_view:
                self.fold_vec = _folded_vectoriser(len(texts))
                parts.append(self.fold_vec.fit_transform([fold_text(c) for c in chars]))
        parts.extend(self._embedding_part(self._embedding_inputs(texts)))
        return _stack(parts)

    def transform(self, texts: Sequence[str]) -> Any:
        chars, words = self._columns(texts)
        parts: list[Any] = []
        if self.char_vec is not None and self.word_vec is not None:
            parts.append(self.char_vec.transform(chars))
            parts.append(self.word_vec.transform(words))
            if self.fold_vec is not None:
                parts.append(self.fold_vec.transform([fold_text(c) for c in chars]))
        parts.extend(self._embedding_part(self._embedding_inputs(texts)))
        return _stack(parts)

    def _embedding_part(self, texts: list[str]) -> list[Any]:
        if not self.config.use_embeddings or self.encoder is None:
            return []
        return [_encode_in_batches(self.encoder, texts) * self.config.embedding_weight]

    def __getstate__(self) -> dict[str, Any]:
        # The encoder is re-attached on load by name; never pickle its weights.
        return {
            "config": self.config,
            "char_vec": self.char_vec,
            "word_vec": self.word_vec,
            "fold_vec": self.fold_vec,
        }

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.config = state["config"]
        self.char_vec = state["char_vec"]
        self.word_vec = state["word_vec"]
        self.fold_vec = state.get("fold_vec")
        self.encoder = None

    def single_row(self, text: str) -> tuple[NDArray[np.int64], NDArray[np.float64]]:
        """The feature row of one message as (column indices, values), without scikit-learn's
        per-call validation and sparse-matrix building, which cost more than the maths for a
        single chat message. Must equal `transform([text])` (tested)."""
        char, word, _ = prepare_text(text)
        indices: list[NDArray[np.int64]] = []
        values: list[NDArray[np.float64]] = []
        offset = 0
        views = [(self.char_vec, char), (self.word_vec, word)]
        if self.fold_vec is not None:
            views.append((self.fold_vec, fold_text(char)))
        for vec, doc in views:
            if vec is None:
                continue
            idx, val = _tfidf_row(vec, doc)
            indices.append(idx + offset)
            values.append(val)
            offset += len(vec.vocabulary_)
        for block in self._embedding_part(self._embedding_inputs([text])):
            row = np.asarray(block[0], dtype=np.float64)
            indices.append(np.arange(offset, offset + len(row), dtype=np.int64))
            values.append(row)
        if not indices:
            return np.zeros(0, dtype=np.int64), np.zeros(0)
        return np.concatenate(indices), np.concatenate(values)


def _encode_in_batches(encoder: Encoder, texts: Sequence[str]) -> NDArray[np.float32]:
    """The embedding rows of `texts`, 256 at a time (bounded memory on a large training set)."""
    return np.vstack([encoder.encode(texts[i : i + 256]) for i in range(0, len(texts), 256)])


def _tfidf_row(vec: Any, doc: str) -> tuple[NDArray[np.int64], NDArray[np.float64]]:
    """One TF-IDF row (sublinear tf, idf, l2) exactly as TfidfVectorizer computes it."""
    analyzer = vec.__dict__.get("_kefu_analyzer")
    if analyzer is None:
        analyzer = vec.build_analyzer()
        vec.__dict__["_kefu_analyzer"] = analyzer
    vocabulary = vec.vocabulary_
    counts: dict[int, int] = {}
    for gram in analyzer(doc):
        col = vocabulary.get(gram)
        if col is not None:
            counts[col] = counts.get(col, 0) + 1
    if not counts:
        return np.zeros(0, dtype=np.int64), np.zeros(0)
    idx = np.fromiter(counts.keys(), dtype=np.int64, count=len(counts))
    tf = np.fromiter(counts.values(), dtype=np.float64, count=len(counts))
    val = (1.0 + np.log(tf)) * vec.idf_[idx]
    norm = float(np.sqrt(np.dot(val, val)))
    return idx, (val / norm if norm > 0 else val)


def _stack(parts: list[Any]) -> Any:
    from scipy.sparse import csr_matrix, hstack, issparse

    if len(parts) == 1:
        return parts[0] if issparse(parts[0]) else csr_matrix(parts[0])
    return hstack([p if issparse(p) else csr_matrix(p) for p in parts]).tocsr()


def _softmax(logits: NDArray[Any], temperature: float) -> NDArray[np.float64]:
    z = logits / max(temperature, 1e-3)
    z = z - z.max(axis=1, keepdims=True)
    e = np.exp(z)
    out: NDArray[np.float64] = e / e.sum(axis=1, keepdims=True)
    return out


def fit_temperature(logits: NDArray[Any], gold: NDArray[np.int64]) -> float:
    """Temperature minimising held-out negative log-likelihood (grid, then refine)."""

    def nll(t: float) -> float:
        p = _softmax(logits, t)
        return float(-np.log(np.clip(p[np.arange(len(gold)), gold], 1e-12, 1)).mean())

    grid = np.exp(np.linspace(np.log(0.05), np.log(20.0), 60))
    best = float(min(grid, key=nll))
    fine = np.linspace(best * 0.8, best * 1.25, 25)
    return float(min(fine, key=nll))


def threshold_for_precision(
    confidence: NDArray[Any],
    correct: NDArray[np.bool_],
    target: float = TARGET_PRECISION,
    *,
    z: float = 0.0,
) -> tuple[float, float]:
    """Lowest confidence threshold whose answered set reaches `target` precision, + coverage.

    With `z` > 0 the answered set's precision must reach `target` at its one-sided Wilson lower
    bound (z = 1.2816: with 90 % confidence), not merely on this sample: a slice of 60 messages
    gets a wide margin, one of 4,000 a narrow one. `z` = 0 is the plain precision (the
    evaluation figure). Returns (threshold, coverage); (1.0 + eps, 0.0) when no threshold
    reaches the target.
    """
    if len(confidence) == 0:
        return 1.01, 0.0
    order = np.argsort(-confidence, kind="stable")
    hits = np.cumsum(correct[order])
    answered = np.arange(1, len(order) + 1)
    precision = hits / answered
    if z > 0:
        spread = z * np.sqrt(precision * (1 - precision) / answered + z * z / (4 * answered**2))
        precision = (precision + z * z / (2 * answered) - spread) / (1 + z * z / answered)
    ok = np.nonzero(precision >= target)[0]
    if len(ok) == 0:
        return 1.01, 0.0
    k = int(ok.max())
    # Ties at the cut: the threshold must not admit more messages than were measured.
    threshold = float(confidence[order[k]])
    admitted = int((confidence >= threshold).sum())
    if admitted > k + 1:
        threshold = float(np.nextafter(threshold, 2.0))
        admitted = int((confidence >= threshold).sum())
    return threshold, admitted / len(confidence)


class _Tuned:
    """A fine-tuned copy of the sentence encoder with its intent head (numpy at serving)."""

    def __init__(self, result: FineTuned) -> None:
        self.result = result
        self._encoder: UseCnnEncoder | None = None

    def logits(self, texts: Sequence[str]) -> NDArray[np.float64]:
        if self._encoder is None:
            self._encoder = UseCnnEncoder(self.result.layers)
        return self.result.logits(self._encoder.encode([t[:MAX_MODEL_CHARS] for t in texts]))

    def __getstate__(self) -> dict[str, Any]:
        return {"result": self.result}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.result = state["result"]
        self._encoder = None


def _fine_tune_job(
    config: TrainConfig, texts: list[str], labels: list[str], progress: ProgressFn | None = None
) -> FineTuned:
    """The fine-tune itself; module-level so that a second process can run it."""
    from kefu.nlu.finetune import FineTuneConfig, fine_tune

    return fine_tune(
        texts,
        labels,
        config=FineTuneConfig(epochs=config.fine_tune_epochs, seed=config.seed),
        progress=progress,
    )


def _start_fine_tune(
    pool: Any,
    config: TrainConfig,
    texts: list[str],
    y: NDArray[Any],
    report: ProgressFn,
    span: tuple[float, float],
) -> Callable[[], _Tuned]:
    """A fine-tune to collect later: submitted to `pool` now (a second process works while this
    one fits the stack), or, without a pool, run when collected, in this process."""
    labels = [str(label) for label in y]
    if pool is None:
        low, high = span

        def progress(stage: str, share: float) -> None:
            report(stage, low + (high - low) * share)

        return lambda: _Tuned(_fine_tune_job(config, texts, labels, progress))
    future = pool.submit(_fine_tune_job, config, texts, labels)

    def collect() -> _Tuned:
        report("fine-tuning the encoder (in a second process)", span[0])
        return _Tuned(future.result())

    return collect


MIX_WEIGHTS = (0.0, 0.25, 0.5, 0.75, 1.0)


def choose_mix(stack: NDArray[Any], tuned: NDArray[Any], gold: NDArray[np.int64]) -> float:
    """The weight of the tuned logits with the most held-out hits, then the lowest NLL (each
    mix at its own fitted temperature)."""

    def score(weight: float) -> tuple[int, float]:
        mixed = (1.0 - weight) * stack + weight * tuned
        probs = _softmax(mixed, fit_temperature(mixed, gold))
        hits = int((probs.argmax(axis=1) == gold).sum())
        nll = float(-np.log(np.clip(probs[np.arange(len(gold)), gold], 1e-12, 1)).mean())
        return hits, -nll

    return max(MIX_WEIGHTS, key=score)


class IntentModel:
    """A trained classifier with its manifest; `predict` is pure and thread-safe."""

    def __init__(
        self,
        manifest: Manifest,
        features: _Features,
        classifier: Any,
        tuned: _Tuned | None = None,
    ) -> None:
        self.manifest = manifest
        self._features = features
        self._clf = classifier
        self._tuned = tuned if manifest.tuned_weight > 0 else None
        self.labels: tuple[str, ...] = tuple(manifest.labels)

    @property
    def threshold(self) -> float:
        return self.manifest.threshold

    def _attach_encoder(self) -> None:
        if self._features.config.use_embeddings and self._features.encoder is None:
            self._features.encoder = get_encoder(self.manifest.encoder)

    def _stack_logits(self, texts: Sequence[str]) -> NDArray[np.float64]:
        self._attach_encoder()
        coef = self._clf.coef_
        if len(texts) == 1 and coef.shape[0] > 1:
            # The bot's hot path: one message, computed straight from the weights.
            idx, val = self._features.single_row(texts[0])
            row: NDArray[np.float64] = (coef[:, idx] @ val + self._clf.intercept_)[None, :]
            return row
        logits = np.asarray(self._clf.decision_function(self._features.transform(texts)))
        if logits.ndim == 1:  # two classes: sklearn returns one column
            logits = np.stack([-logits, logits], axis=1) / 2
        return logits

    def predict_proba(self, texts: Sequence[str]) -> NDArray[np.float64]:
        logits = self._stack_logits(texts)
        if self._tuned is not None:
            weight = self.manifest.tuned_weight
            logits = (1.0 - weight) * logits + weight * self._tuned.logits(texts)
        return _softmax(logits, self.manifest.temperature)

    def predict(self, text: str, *, top_k: int = 3) -> IntentPrediction:
        return self.predict_many([text], top_k=top_k)[0]

    def predict_many(self, texts: Sequence[str], *, top_k: int = 3) -> list[IntentPrediction]:
        for text in texts:
            if not text or not text.strip():
                raise ValidationFailed("cannot classify an empty message")
        probs = self.predict_proba(texts)
        out: list[IntentPrediction] = []
        for text, row in zip(texts, probs, strict=True):
            order = np.argsort(-row)[:top_k]
            top = tuple((self.labels[i], round(float(row[i]), 4)) for i in order)
            conf = float(row[order[0]])
            out.append(
                IntentPrediction(
                    intent=top[0][0],
                    confidence=round(conf, 4),
                    top=top,
                    abstained=conf < self.manifest.threshold,
                    truncated=len(text) > MAX_MODEL_CHARS,
                )
            )
        return out

    # --- persistence -------------------------------------------------------------------
    def save(self, directory: Path) -> None:
        import joblib

        directory.mkdir(parents=True, exist_ok=True)
        tmp = directory / (WEIGHTS + ".tmp")
        payload = {"features": self._features, "classifier": self._clf, "tuned": self._tuned}
        joblib.dump(payload, tmp, compress=3)
        tmp.replace(directory / WEIGHTS)
        (directory / MANIFEST).write_text(self.manifest.to_json(), encoding="utf-8")

    @classmethod
    def load(cls, directory: Path) -> IntentModel:
        manifest = read_manifest(directory)
        if manifest.task != "intent":
            raise ModelFormatError(
                f"{directory} holds a {manifest.task!r} model, not an intent one"
            )
        import joblib

        try:
            # Model directories are written by `kefu nlu train` into the operator's own data
            # directory; joblib (pickle) is only ever pointed at those trusted files.
            payload = joblib.load(directory / WEIGHTS)
        except Exception as exc:
            raise ModelFormatError(f"{directory / WEIGHTS} cannot be loaded: {exc}") from exc
        return cls(manifest, payload["features"], payload["classifier"], payload.get("tuned"))


def read_manifest(directory: Path) -> Manifest:
    path = directory / MANIFEST
    if not path.is_file():
        raise ModelFormatError(f"{directory} is not a Kefu NLU model directory (no {MANIFEST})")
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ModelFormatError(f"{path} is damaged: {exc}") from exc
    version = raw.get("format_version") if isinstance(raw, dict) else None
    if version != FORMAT_VERSION:
        raise ModelFormatError(
            f"{directory} was written in model format {version!r} (Kefu "
            f"{raw.get('kefu_version', '?') if isinstance(raw, dict) else '?'}); this Kefu "
            f"reads format {FORMAT_VERSION}: retrain it with `kefu nlu train`",
            found=version,
            expected=FORMAT_VERSION,
        )
    try:
        return Manifest(**raw)
    except TypeError as exc:
        raise ModelFormatError(f"{path} does not have the expected fields: {exc}") from exc


def near_duplicate_groups(
    texts: Sequence[str],
    labels: Sequence[str],
    threshold: float = 0.6,
    *,
    embeddings: NDArray[np.float32] | None = None,
    semantic_threshold: float = SEMANTIC_DUPLICATE,
) -> NDArray[np.int64]:
    """A group id per example: examples of one label whose character-trigram cosine (over the
    normalised text without accents, punctuation or digits) reaches `threshold` share a group,
    so a written line and its generated variants (a greeting in front, accents dropped, an order
    number pasted) are never split between training and a held-out slice. With `embeddings`
    (unit rows), examples of one label whose cosine reaches `semantic_threshold` join too: the
    same sentence with another city, product or synonym in it is no test of the other."""
    from sklearn.feature_extraction.text import TfidfVectorizer

    parent = list(range(len(texts)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def join(i: int, j: int) -> None:
        root_i, root_j = find(i), find(j)
        if root_i != root_j:
            parent[root_i] = root_j

    folded = [fold_text(prepare_text(t)[0]) or t for t in texts]
    by_label: dict[str, list[int]] = {}
    for i, label in enumerate(labels):
        by_label.setdefault(str(label), []).append(i)
    for members in by_label.values():
        grams = TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 3), lowercase=False)
        matrix = grams.fit_transform([folded[i] for i in members])
        similar = (matrix @ matrix.T).tocoo()
        for a, b, score in zip(similar.row, similar.col, similar.data, strict=True):
            if a < b and score >= threshold:
                join(members[a], members[b])
        if embeddings is not None:
            rows = embeddings[members]
            for start in range(0, len(members), 2048):  # bounded memory on large shop sets
                sims = rows[start : start + 2048] @ rows.T
                for a, b in zip(*np.nonzero(sims >= semantic_threshold), strict=True):
                    if start + a < b:
                        join(members[start + a], members[b])
    return np.array([find(i) for i in range(len(texts))], dtype=np.int64)


def _split_for_calibration(
    labels: NDArray[Any], share: float, seed: int, groups: NDArray[np.int64] | None = None
) -> tuple[NDArray[np.int64], NDArray[np.int64]] | None:
    """Stratified held-out indices, whole groups at a time; None when the data is too small to
    spare any. Without whole groups the slice would hold variants of training lines, look easier
    than live messages and set the abstain threshold too low."""
    n = len(labels)
    _, counts = np.unique(labels, return_counts=True)
    held = int(n * share)
    if held < 30 or counts.min() < 3:
        return None
    if groups is None:
        groups = np.arange(n, dtype=np.int64)
    rng = np.random.default_rng(seed)
    train_idx: list[int] = []
    cal_idx: list[int] = []
    for label in np.unique(labels):
        members = np.nonzero(labels == label)[0]
        label_groups = np.unique(groups[members])
        rng.shuffle(label_groups)
        wanted = max(1, round(len(members) * share))
        taken: set[int] = set()
        size = 0
        # Whole groups until the share is reached; the label's last group stays in training.
        for group in label_groups[:-1]:
            if size >= wanted:
                break
            taken.add(int(group))
            size += int((groups[members] == group).sum())
        for i in members.tolist():
            (cal_idx if int(groups[i]) in taken else train_idx).append(i)
    if len(cal_idx) < 30:
        return None
    return np.array(sorted(train_idx)), np.array(sorted(cal_idx))


def _fit(config: TrainConfig, encoder: Encoder | None, texts: list[str], y: NDArray[Any]) -> Any:
    from sklearn.linear_model import LogisticRegression

    if config.augment:
        texts, y = augment(texts, y, copies=config.augment, seed=config.seed)
    features = _Features(config, encoder)
    matrix = features.fit_transform(texts)
    clf = LogisticRegression(C=config.c, max_iter=config.max_iter, class_weight=config.class_weight)
    clf.fit(matrix, y)
    return features, clf


_GREETINGS = ("hi", "hello", "hola", "buenas", "ola", "hey", "oi")
_LATIN = re.compile(r"[A-Za-z]")


def _noisy(text: str, rng: random.Random) -> str:
    """One generic buyer-noise copy of a Latin-script line (never changes what it asks)."""
    kind = rng.randrange(4)
    if kind == 0:  # accents and inverted marks dropped, lower case
        decomposed = unicodedata.normalize("NFKD", text.lower())
        out = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
        return out.replace("¿", "").replace("¡", "")
    if kind == 1:  # no punctuation at all
        return " ".join(re.sub(r"[^\w\s]", " ", text).split())
    if kind == 2:  # a greeting in front
        return f"{rng.choice(_GREETINGS)} {text[:1].lower()}{text[1:]}"
    words = text.split()  # one typo: two adjacent letters swapped in a longer word
    long_words = [i for i, w in enumerate(words) if len(w) >= 5 and w.isalpha()]
    if not long_words:
        return text.lower()
    i = rng.choice(long_words)
    w = words[i]
    j = rng.randrange(1, len(w) - 2)
    words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
    return " ".join(words)


def augment(
    texts: list[str], y: NDArray[Any], *, copies: int, seed: int
) -> tuple[list[str], NDArray[Any]]:
    """The training lines plus up to `copies` distinct noisy copies of each Latin-script one."""
    rng = random.Random(seed)
    seen = set(texts)
    out_texts, out_y = list(texts), list(y)
    for text, label in zip(texts, y, strict=True):
        if not _LATIN.search(text) or _HAN.search(text):
            continue
        for _ in range(copies):
            noisy = _noisy(text, rng)
            if noisy.strip() and noisy not in seen:
                seen.add(noisy)
                out_texts.append(noisy)
                out_y.append(label)
    return out_texts, np.array(out_y)


def train(
    examples: Sequence[Example],
    *,
    config: TrainConfig | None = None,
    encoder: Encoder | None = None,
    progress: ProgressFn | None = None,
    parallel: bool = False,
) -> IntentModel:
    """Train, calibrate on a held-out slice, then refit on everything.

    `parallel` runs each fine-tune of the encoder in a second (spawned) process while this one
    fits the stack: the same model in less wall time on two idle cores. A script that calls it
    needs the usual `if __name__ == "__main__":` guard, as with any spawned process."""
    config = config or TrainConfig()
    if parallel and config.fine_tune:
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        # spawn, not fork: the child must not inherit this process's BLAS and torch threads.
        context = multiprocessing.get_context("spawn")
        with ProcessPoolExecutor(max_workers=1, mp_context=context) as pool:
            return _train(examples, config, encoder, progress, pool)
    return _train(examples, config, encoder, progress, None)


def _train(
    examples: Sequence[Example],
    config: TrainConfig,
    encoder: Encoder | None,
    progress: ProgressFn | None,
    pool: Any,
) -> IntentModel:
    if not config.use_embeddings and not config.use_tfidf:
        raise ValidationFailed("a model needs TF-IDF features, embeddings, or both")
    if config.fine_tune_weight is not None and not 0.0 <= config.fine_tune_weight <= 1.0:
        raise ValidationFailed("the fine-tuned encoder's weight must lie in [0, 1]")
    if len(examples) < 2:
        raise ValidationFailed("training needs at least two examples")
    labels = sorted({ex.label for ex in examples})
    if len(labels) < 2:
        raise ValidationFailed(f"training needs at least two labels; found only {labels}")
    if config.use_embeddings and encoder is None:
        encoder = get_encoder()
    report = progress or (lambda _stage, _share: None)
    started = time.perf_counter()
    texts = [ex.text for ex in examples]
    y = np.array([ex.label for ex in examples])

    temperature, threshold, coverage = 1.0, 0.5, None
    tuned_weight = 0.0
    embeddings = (
        _encode_in_batches(encoder, texts)
        if config.use_embeddings and encoder is not None
        else None
    )
    groups = near_duplicate_groups(texts, y.tolist(), embeddings=embeddings)
    split = _split_for_calibration(y, config.calibration_share, config.seed, groups)
    if split is not None:
        report("calibrating on a held-out slice", 0.05)
        tr, cal = split
        probe_job = (
            _start_fine_tune(pool, config, [texts[i] for i in tr], y[tr], report, (0.1, 0.45))
            if config.fine_tune
            else None
        )
        features, clf = _fit(config, encoder, [texts[i] for i in tr], y[tr])
        cal_texts = [texts[i] for i in cal]
        logits = np.asarray(clf.decision_function(features.transform(cal_texts)))
        if logits.ndim == 1:
            logits = np.stack([-logits, logits], axis=1) / 2
        classes = list(clf.classes_)
        known = np.array([label in classes for label in y[cal]])
        gold = np.array([classes.index(label) if label in classes else 0 for label in y[cal]])
        if known.all():
            if probe_job is not None:
                probe = probe_job()
                assert list(probe.result.labels) == classes  # both are the sorted label set
                tuned_logits = probe.logits(cal_texts)
                tuned_weight = (
                    choose_mix(logits, tuned_logits, gold)
                    if config.fine_tune_weight is None
                    else config.fine_tune_weight
                )
                logits = (1.0 - tuned_weight) * logits + tuned_weight * tuned_logits
            temperature = fit_temperature(logits, gold)
            probs = _softmax(logits, temperature)
            conf = probs.max(axis=1)
            correct = probs.argmax(axis=1) == gold
            threshold, coverage = threshold_for_precision(conf, correct, z=CALIBRATION_Z)
        report("training on all examples", 0.5)
    else:
        skipped = "; the encoder is not fine-tuned" if config.fine_tune else ""
        report(f"training on all examples (too little data for a calibration slice{skipped})", 0.1)

    final_job = (
        _start_fine_tune(pool, config, texts, y, report, (0.55, 0.99)) if tuned_weight > 0 else None
    )
    features, clf = _fit(config, encoder, texts, y)
    tuned = final_job() if final_job is not None else None
    report("done", 1.0)
    manifest = Manifest(
        format_version=FORMAT_VERSION,
        code_version=CODE_VERSION,
        kefu_version=kefu_version,
        task="intent",
        labels=[str(c) for c in clf.classes_],
        encoder=encoder.name if (config.use_embeddings and encoder is not None) else None,
        data_hash=data_hash(examples),
        n_examples=len(examples),
        temperature=round(float(temperature), 4),
        threshold=round(float(threshold), 6),
        config={k: getattr(config, k) for k in config.__dataclass_fields__},
        metrics={
            "calibration_coverage_at_95_precision": coverage,
            "training_seconds": round(time.perf_counter() - started, 2),
        },
        tuned_weight=tuned_weight,
    )
    return IntentModel(manifest, features, clf, tuned)
