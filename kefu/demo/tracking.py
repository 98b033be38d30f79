"""Tracking numbers in the formats the carriers really use, for the demo's shipments.

China Post follows the UPU S10 standard (two letters, eight digits, a check digit, country code);
UPS uses `1Z` + shipper + service + package digits with a mod-10 check. Pure: the caller passes
the random source, so a seed reproduces every number.
"""

from __future__ import annotations

import random

S10_WEIGHTS = (8, 6, 4, 2, 3, 5, 9, 7)
_ALNUM = "ABCDEFGHJKLMNPRSTUVWXY0123456789"


def _digits(rng: random.Random, count: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(count))


def s10_check_digit(serial: str) -> int:
    """The UPU S10 check digit of an 8-digit serial number."""
    if len(serial) != 8 or not serial.isdigit():
        raise ValueError(f"an S10 serial has 8 digits, got {serial!r}")
    remainder = 11 - sum(int(d) * w for d, w in zip(serial, S10_WEIGHTS, strict=True)) % 11
    return {10: 0, 11: 5}.get(remainder, remainder)


def is_valid_s10(number: str) -> bool:
    body = number[2:10]
    return (
        len(number) == 13
        and number[:2].isalpha()
        and number[11:].isalpha()
        and body.isdigit()
        and number[10].isdigit()
        and s10_check_digit(body) == int(number[10])
    )


def ups_check_digit(body: str) -> int:
    """UPS mod-10 check over the 15 characters after `1Z` (letters map to (ord - 63) % 10)."""
    total = 0
    for position, char in enumerate(body, start=1):
        value = int(char) if char.isdigit() else (ord(char) - 63) % 10
        total += value * (2 if position % 2 == 0 else 1)
    return (10 - total % 10) % 10


def is_valid_ups(number: str) -> bool:
    if len(number) != 18 or not number.startswith("1Z") or not number[-1].isdigit():
        return False
    return ups_check_digit(number[2:17]) == int(number[-1])


def tracking_number(carrier: str, rng: random.Random) -> str:
    """A fresh tracking number in `carrier`'s format."""
    if carrier == "sf":
        return "SF" + _digits(rng, 12)
    if carrier == "yto":
        return "YT" + _digits(rng, 13)
    if carrier == "zto":
        return "7" + rng.choice("35") + _digits(rng, 10)
    if carrier == "jd":
        return "JD" + _digits(rng, 13)
    if carrier == "cainiao":
        return "LP" + _digits(rng, 14)
    if carrier == "chinapost":
        serial = _digits(rng, 8)
        return f"L{rng.choice('XY')}{serial}{s10_check_digit(serial)}CN"
    if carrier == "ups":
        shipper = "".join(rng.choice(_ALNUM) for _ in range(6))
        body = shipper + rng.choice(("03", "01", "66")) + _digits(rng, 7)
        return "1Z" + body + str(ups_check_digit(body))
    raise ValueError(f"no tracking format for carrier {carrier!r}")
