"""Fine-tuning the USE v3 layers on labelled intents (PyTorch, training only).

The network of `kefu.nlu.use_cnn` is rebuilt in PyTorch with the shipped weights as the
starting point; the token table stays frozen (so words never seen in training keep their
pretrained, cross-lingual meaning) and every layer above it is trained with a softmax head on
the intents. The trained layers come back as numpy arrays for `UseCnnEncoder`, so a model
that used fine-tuning serves without PyTorch.
"""

from __future__ import annotations

import math
import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
from numpy.typing import NDArray

from kefu.errors import KefuError
from kefu.nlu.use_cnn import CNN_DIM, LAYER_NAMES, MAX_LEFT, MAX_RIGHT, ORDERS, token_table

ProgressFn = Callable[[str, float], None]


class FineTuneUnavailableError(KefuError):
    """PyTorch, needed only to fine-tune, is not installed."""

    status_code = 503
    code = "finetune_unavailable"


@dataclass(frozen=True, slots=True)
class FineTuneConfig:
    epochs: int = 4
    batch_size: int = 32
    lr: float = 3e-4
    weight_decay: float = 0.01
    # Logit scale of the cosine head: unit-length sentence vectors against unit-length
    # class vectors, times this.
    scale: float = 20.0
    label_smoothing: float = 0.1
    seed: int = 0
    # One thread: with two on a 2-core machine that also serves buyers (or runs anything else),
    # PyTorch's worker threads contend and a fine-tune took 3x longer than on one (measured).
    threads: int = 1


def _torch() -> Any:
    try:
        import torch
    except ImportError as exc:  # pragma: no cover - dependency is pinned
        raise FineTuneUnavailableError(
            "fine-tuning needs PyTorch (pip install 'kefu[finetune]'), or train with --no-fine-tune"
        ) from exc
    return torch


def _build_module(torch: Any, n_tokens: int, n_labels: int, scale: float) -> Any:
    nn = torch.nn
    functional = torch.nn.functional
    table = token_table()
    shipped = table.shipped
    eps = table.eps

    module: Any = nn.Module

    class UseCnn(module):  # type: ignore[misc]
        def __init__(self) -> None:
            super().__init__()
            self.weights = nn.ParameterDict(
                {k: nn.Parameter(torch.from_numpy(shipped[k].copy())) for k in LAYER_NAMES}
            )
            self.register_buffer("emb", torch.zeros(n_tokens, 512))
            head = torch.randn(n_labels, 512) * 0.01
            self.head = nn.Parameter(head)

        def windows(self, x: Any, n: int, left: int) -> Any:
            length = x.shape[1]
            padded = functional.pad(x, (0, 0, MAX_LEFT, MAX_RIGHT))
            start = MAX_LEFT - left
            return torch.cat([padded[:, start + k : start + k + length] for k in range(n)], 2)

        def encode(self, ids: Any, mask: Any) -> Any:
            w = self.weights
            m = mask.unsqueeze(-1)
            emb = self.emb[ids] * m
            joint = torch.cat([emb @ w[f"proj{n}"] + w[f"proj_b{n}"] for n, _ in ORDERS], 2)
            joint = functional.layer_norm(joint, (3 * CNN_DIM,), eps=eps)
            gains = torch.cat([w[f"ln_g{n}"] for n, _ in ORDERS])
            biases = torch.cat([w[f"ln_b{n}"] for n, _ in ORDERS])
            joint = (joint * gains + biases) * m
            feats = [emb]
            for i, (n, left) in enumerate(ORDERS):
                xs = joint[:, :, i * CNN_DIM : (i + 1) * CNN_DIM]
                h = torch.relu(self.windows(xs, n, left) @ w[f"w1_{n}"] + w[f"b1_{n}"]) + xs
                h = h * m
                c2 = torch.relu(self.windows(h, n, left) @ w[f"w2_{n}"] + w[f"b2_{n}"]) + h
                feats.append(c2)
            tokens = functional.layer_norm(torch.cat(feats, 2), (1280,), eps=eps)
            tokens = (tokens * w["ln_g"] + w["ln_b"]) * m
            lengths = mask.sum(1, keepdim=True)
            pooled = (tokens.sum(1) @ w["cnn_W"] + lengths * w["cnn_b"]) / lengths.sqrt()
            y0 = torch.relu(pooled @ w["d0"])
            y1 = torch.relu(pooled @ w["p1"] + y0 @ w["d1"])
            y2 = torch.relu(y1 @ w["d2"])
            z = torch.tanh(y1 @ w["p3"] + y2 @ w["d3"])
            return functional.normalize(z, dim=1, eps=eps)

        def forward(self, ids: Any, mask: Any) -> Any:
            z = self.encode(ids, mask)
            return scale * z @ functional.normalize(self.head, dim=1).T

    return UseCnn()


@dataclass(frozen=True)
class FineTuned:
    """The trained layers (for `UseCnnEncoder`) and the cosine head over them."""

    layers: dict[str, NDArray[np.float32]]
    labels: tuple[str, ...]
    # One row per label: unit class vector times the logit scale.
    head: NDArray[np.float32]

    def logits(self, embeddings: NDArray[np.float32]) -> NDArray[np.float64]:
        out: NDArray[np.float64] = (embeddings @ self.head.T).astype(np.float64)
        return out


def fine_tune(
    texts: Sequence[str],
    labels: Sequence[str],
    *,
    config: FineTuneConfig | None = None,
    progress: ProgressFn | None = None,
) -> FineTuned:
    """USE layers and a head trained so that sentences of one intent lie together."""
    config = config or FineTuneConfig()
    torch = _torch()
    report = progress or (lambda _stage, _share: None)
    torch.manual_seed(config.seed)
    previous_threads = torch.get_num_threads()
    torch.set_num_threads(max(1, config.threads))
    try:
        return _train(torch, list(texts), list(labels), config, report)
    finally:
        torch.set_num_threads(previous_threads)


def _train(
    torch: Any, texts: list[str], labels: list[str], config: FineTuneConfig, report: ProgressFn
) -> FineTuned:
    table = token_table()
    sequences = [table.token_ids(t) for t in texts]
    # Only the pieces that occur in training are looked up: a compact copy of their rows.
    vocab = sorted({i for seq in sequences for i in seq})
    local = {piece: k for k, piece in enumerate(vocab)}
    classes = sorted(set(labels))
    index = {label: k for k, label in enumerate(classes)}
    gold = np.array([index[label] for label in labels], dtype=np.int64)
    model = _build_module(torch, len(vocab), len(classes), config.scale)
    model.emb.copy_(torch.from_numpy(table.embed(np.array(vocab, dtype=np.int64))))
    # Class vectors start at the mean pretrained embedding of their examples.
    with torch.no_grad():
        z = _encode_all(torch, model, sequences, local, config.batch_size)
        for k in range(len(classes)):
            model.head[k] = z[gold == k].mean(0)

    params = [p for name, p in model.named_parameters() if name != "emb"]
    optimiser = torch.optim.AdamW(params, lr=config.lr, weight_decay=config.weight_decay)
    steps_per_epoch = math.ceil(len(texts) / config.batch_size)
    total = steps_per_epoch * config.epochs
    warmup = max(1, total // 20)

    def lr_at(step: int) -> float:
        if step < warmup:
            return (step + 1) / warmup
        return 0.5 * (1 + math.cos(math.pi * (step - warmup) / max(1, total - warmup)))

    scheduler = torch.optim.lr_scheduler.LambdaLR(optimiser, lr_at)
    loss_fn = torch.nn.CrossEntropyLoss(label_smoothing=config.label_smoothing)
    rng = random.Random(config.seed)
    order = list(range(len(texts)))
    step = 0
    model.train()
    for epoch in range(config.epochs):
        # Batches of similar length waste little on padding; the batch order is shuffled.
        rng.shuffle(order)
        span = config.batch_size * 20
        chunks = [order[i : i + span] for i in range(0, len(order), span)]
        batches: list[list[int]] = []
        for chunk in chunks:
            chunk.sort(key=lambda i: len(sequences[i]))
            batches.extend(
                chunk[i : i + config.batch_size] for i in range(0, len(chunk), config.batch_size)
            )
        rng.shuffle(batches)
        for batch in batches:
            ids, mask = _pad(torch, [sequences[i] for i in batch], local)
            logits = model(ids, mask)
            loss = loss_fn(logits, torch.from_numpy(gold[batch]))
            optimiser.zero_grad()
            loss.backward()
            optimiser.step()
            scheduler.step()
            step += 1
            if step % 20 == 0:
                report(f"fine-tuning the encoder (epoch {epoch + 1}/{config.epochs})", step / total)
    with torch.no_grad():
        head = config.scale * torch.nn.functional.normalize(model.head, dim=1)
    return FineTuned(
        layers={
            name: param.detach().numpy().astype(np.float32).copy()
            for name, param in model.weights.items()
        },
        labels=tuple(classes),
        head=head.numpy().astype(np.float32).copy(),
    )


def _pad(torch: Any, seqs: list[list[int]], local: dict[int, int]) -> tuple[Any, Any]:
    width = max(len(s) for s in seqs)
    ids = np.zeros((len(seqs), width), dtype=np.int64)
    mask = np.zeros((len(seqs), width), dtype=np.float32)
    for row, seq in enumerate(seqs):
        ids[row, : len(seq)] = [local[p] for p in seq]
        mask[row, : len(seq)] = 1.0
    return torch.from_numpy(ids), torch.from_numpy(mask)


def _encode_all(
    torch: Any, model: Any, sequences: list[list[int]], local: dict[int, int], batch: int
) -> Any:
    out = []
    for i in range(0, len(sequences), batch):
        ids, mask = _pad(torch, sequences[i : i + batch], local)
        out.append(model.encode(ids, mask))
    return torch.cat(out)
