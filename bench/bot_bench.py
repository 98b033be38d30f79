"""Per-message latency of the bot, in-process, over a realistic mix: every buyer turn of the
scenario suite (kefu/bot/scenarios/*.yaml, four languages, pre-/in-/after-sale, answers, questions
and hand-offs) against the demo shops. Prints p50/p99 of the whole handling, of its NLU part, of
the bot's own part (whole minus NLU), and of NLU analysis alone on the same texts as a baseline.

    .venv/bin/python bench/bot_bench.py                       # loads the demo into a temp file
    .venv/bin/python bench/bot_bench.py --database sqlite:////tmp/demo.db --rounds 3
    .venv/bin/python bench/bot_bench.py --profile             # cProfile of one round, top 25

Not a test: figures depend on the machine (PRODUCT.md target: bot part p99 <= 30 ms).
"""

from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from kefu.bot.cli import DEMO_NOW, demo_session
from kefu.bot.suite import Report, _shop, load_dialogues, run_suite

TARGET_MS = 30.0


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def line(name: str, values: list[float]) -> str:
    return (f"{name:28} n={len(values):4}  p50 {statistics.median(values):7.2f} ms  "
            f"p99 {pct(values, 0.99):7.2f} ms  max {max(values):7.2f} ms")  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--database", default=None, help="a database with the demo loaded")
    parser.add_argument("--rounds", type=int, default=3, help="measured passes over the mix")
    parser.add_argument("--profile", action="store_true", help="cProfile one pass instead")
    parser.add_argument("--cold", action="store_true",
                        help="forget every buyer's and order's cached facts (rules answers, "
                             "buyer texts) before each message: a new buyer's first message; "
                             "the shop-wide caches (products, replies) stay warm")  # fmt: skip
    args = parser.parse_args()

    started = time.perf_counter()
    db = demo_session(args.database)
    print(f"database ready in {time.perf_counter() - started:.1f} s")
    run_suite(db, DEMO_NOW)  # warm-up: models, caches, templates
    db.rollback()
    if args.profile:
        profiler = cProfile.Profile()
        profiler.enable()
        run_suite(db, DEMO_NOW)
        profiler.disable()
        db.rollback()
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(25)
        return

    # CPU time of this thread per message beside wall time: on a shared, loaded machine the wall
    # figures include time spent waiting for a core; CPU time is the bot's own cost.
    import kefu.bot.service as bot_service
    import kefu.bot.suite as bot_suite

    cpu_total: list[float] = []
    cpu_nlu: list[float] = []
    handle, understand = bot_suite.do_handle_buyer_message, bot_service.understand

    def timed_handle(*a, **k):  # type: ignore[no-untyped-def]
        if args.cold:
            from kefu.bot import cache

            with cache.LOCK:
                for caches in cache._BY_ENGINE.values():
                    caches.pop("rules", None)
                    caches.pop("buyer_texts", None)
        t0 = time.thread_time()
        try:
            return handle(*a, **k)
        finally:
            cpu_total.append((time.thread_time() - t0) * 1000)

    def timed_understand(*a, **k):  # type: ignore[no-untyped-def]
        t0 = time.thread_time()
        try:
            return understand(*a, **k)
        finally:
            cpu_nlu.append((time.thread_time() - t0) * 1000)

    bot_suite.do_handle_buyer_message = timed_handle
    bot_service.understand = timed_understand

    total: list[float] = []
    nlu: list[float] = []
    for _ in range(args.rounds):
        report: Report = run_suite(db, DEMO_NOW)
        db.rollback()
        assert report.wrong_facts == 0, report.failures
        total += report.latencies
        nlu += report.nlu_latencies
    own = [t - n for t, n in zip(total, nlu, strict=True)]
    cpu_own = [t - n for t, n in zip(cpu_total, cpu_nlu, strict=True)]
    bot_suite.do_handle_buyer_message, bot_service.understand = handle, understand

    # Baseline: NLU analysis alone on the same buyer texts, in the same process and run.
    from kefu.nlu.analyze import analyze

    shops = {key: _shop(db, key).id for key in ("taobao", "aliexpress")}
    texts = [(turn.say, shops[d.shop]) for d in load_dialogues() for turn in d.turns]
    alone: list[float] = []
    cpu_alone: list[float] = []
    for _ in range(args.rounds):
        for text, shop_id in texts:
            t0, c0 = time.perf_counter(), time.thread_time()
            analyze(text, shop_id=shop_id)
            alone.append((time.perf_counter() - t0) * 1000)
            cpu_alone.append((time.thread_time() - c0) * 1000)

    load = os.getloadavg()[0]
    caches = "per buyer/order emptied before every message" if args.cold else "warm"
    print(f"mix: {len(texts)} buyer messages x {args.rounds} rounds, caches {caches}, "
          f"load average {load:.1f}")  # fmt: skip
    print("wall clock:")
    print(line("whole message (bot + NLU)", total))
    print(line("  NLU part inside the bot", nlu))
    print(line("  bot's own part", own))
    print(line("NLU analysis alone", alone))
    print("CPU time of the handling thread:")
    print(line("whole message (bot + NLU)", cpu_total))
    print(line("  NLU part inside the bot", cpu_nlu))
    print(line("  bot's own part", cpu_own))
    print(line("NLU analysis alone", cpu_alone))
    for name, values in (("wall", own), ("CPU", cpu_own)):
        verdict = "meets" if pct(values, 0.99) <= TARGET_MS else "MISSES"
        print(f"bot's own part p99 ({name}) {pct(values, 0.99):.2f} ms {verdict} the "
              f"{TARGET_MS:.0f} ms target")  # fmt: skip


if __name__ == "__main__":
    main()
