"""Guard throughput and per-message latency on a 10k-message mix (prints figures, asserts nothing).

The mix samples the labelled corpus (clean replies in zh/en/es, violations, obfuscated contacts,
links, buyer messages) in both directions, with some messages joined into longer ones.

    .venv/bin/python bench/guard_bench.py [--n 10000] [--seed 7]
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import time

from kefu.guard import check
from kefu.guard.engine import default_engine
from kefu.guard.report import load_corpus


def build_mix(n: int, seed: int) -> list[tuple[str, str, str | None]]:
    rng = random.Random(seed)
    cases = [c for c in load_corpus() if not c.is_file]
    mix = []
    for _ in range(n):
        case = rng.choice(cases)
        text = case.text
        if rng.random() < 0.2:  # some agents send two or three sentences at once
            text = "".join([text] + [rng.choice(cases).text for _ in range(rng.randint(1, 2))])
        platform = case.platform or rng.choice([None, "taobao", "jd", "aliexpress"])
        mix.append((text, case.direction, platform))
    return mix


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()

    t0 = time.perf_counter()
    default_engine()
    check("预热", platform="jd")
    warm = time.perf_counter() - t0
    mix = build_mix(args.n, args.seed)
    for text, direction, platform in mix[:200]:  # warm caches
        check(text, direction, platform)  # type: ignore[arg-type]

    # Wall time includes waiting for a CPU on a busy machine; thread CPU time does not. Both are
    # printed so a figure from a shared box can be read for what it is.
    latencies = []
    cpu = []
    blocked = 0
    start = time.perf_counter()
    for text, direction, platform in mix:
        t = time.perf_counter_ns()
        c = time.thread_time_ns()
        result = check(text, direction, platform)  # type: ignore[arg-type]
        cpu.append((time.thread_time_ns() - c) / 1e6)
        latencies.append((time.perf_counter_ns() - t) / 1e6)
        blocked += result.blocked
    total = time.perf_counter() - start
    latencies.sort()
    cpu.sort()

    def pct(p: float, values: list[float] = latencies) -> float:
        return values[min(len(values) - 1, int(p * len(values)))]

    lengths = [len(t) for t, _, _ in mix]
    print(f"engine build + first check: {warm * 1000:.0f} ms")
    print(f"messages: {len(mix)}  mean length: {statistics.mean(lengths):.0f} chars  "
          f"max: {max(lengths)}  blocked: {blocked}")
    print(f"throughput: {len(mix) / total:,.0f} messages/s")
    print(f"latency ms  p50: {pct(0.50):.3f}  p90: {pct(0.90):.3f}  p99: {pct(0.99):.3f}  "
          f"max: {latencies[-1]:.3f}  (wall)")
    print(f"latency ms  p50: {pct(0.50, cpu):.3f}  p90: {pct(0.90, cpu):.3f}  "
          f"p99: {pct(0.99, cpu):.3f}  max: {cpu[-1]:.3f}  (thread CPU time)")
    print(f"load average: {' '.join(f'{x:.1f}' for x in os.getloadavg())}")


if __name__ == "__main__":
    main()
