"""The `bot.reply` job: the durable half of answering a buyer message. Written with the message
(kefu/bot/service.py `enqueue_reply`); normally the in-process fast path has already answered
and the job finds the decision row and does nothing."""

from __future__ import annotations

from kefu.bot.service import JOB_KIND, do_handle_buyer_message, message_for_job
from kefu.clock import FixedClock
from kefu.jobs.registry import JobContext, Park, Result, registry


@registry.register(JOB_KIND)
def reply_to_buyer(ctx: JobContext) -> Result:
    message_id = message_for_job(ctx.db, ctx.job.payload or {})
    if message_id is None:
        raise Park("bot.reply job names no stored buyer message")
    outcome = do_handle_buyer_message(ctx.db, message_id, FixedClock(ctx.now))
    if outcome is None:
        return {"outcome": "already_handled"}
    return {"outcome": outcome.action, "reason": outcome.reason, "handed_off": outcome.handed_off}
