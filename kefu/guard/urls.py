"""Link analysis for the guard: find links in a message and judge their host.

Pure functions over strings; the lists (brands, shorteners, safe domains) come from links.yaml.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from kefu.guard.normalize import HOMOGLYPHS, View

_TLDS = (
    "com|cn|net|org|info|top|xyz|shop|site|online|club|vip|io|co|me|ru|es|br|hk|tk|ml|ga|cf|gq|cc|"
    "biz|live|link|app|icu|buzz|pw|ly|gl|gd|id|so|uk|de|fr|it|mx|us|tw|jp|kr|su|win|store|cyou|sbs|"
    "click|support|help|pro|ar|cl|pe|pt|eu|in|ws|to|ai|gov|edu|xn--[a-z0-9]+"
)
_LABEL = r"[a-z0-9\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff\u0500-\u052f_-]+"
URL_RE = re.compile(
    r"(?:(?:https?|hxxps?|ftp)://[^\s<>\"'，。、（）【】「」]+)"
    r"|(?:(?<![@\w.-])www\.[^\s<>\"'，。、（）【】「」]+)"
    rf"|(?:(?<![@\w.-])(?:{_LABEL}\.)+(?:{_TLDS})(?![a-z0-9-])(?::\d{{2,5}})?(?:/[^\s<>\"'，。、（）【】「」]*)?)"
    r"|(?:(?<![\w.])\d{1,3}(?:\.\d{1,3}){3}(?::\d{2,5})?/[^\s<>\"'，。]*)"
)
EMAIL_RE = re.compile(
    r"[a-z0-9._%+-]+\s?(?:@|＠|\(at\)|\[at\]|（at）)\s?[a-z0-9-]+(?:\s?(?:\.|\(dot\)|\[dot\]|点)\s?[a-z0-9-]+)*\s?(?:\.|\(dot\)|\[dot\]|点)\s?[a-z]{2,6}(?![a-z])"
)
_IPV4 = re.compile(r"^\d{1,3}(?:\.\d{1,3}){3}$")
_INT_HOST = re.compile(r"^(?:0x[0-9a-f]+|\d{8,10})$")
_SECOND_LEVEL = {"com", "net", "org", "gov", "edu", "co", "ac", "or", "ne", "go"}
_LEET = str.maketrans({"0": "o", "1": "l", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", "$": "s"})
_PATH_LURES = re.compile(r"log-?in|sign-?in|verif|account|secure|unlock|appeal|wallet|password|confirm")

Verdict = Literal["official", "safe", "shortener", "lookalike", "ip", "dangerous_download",
                  "lure_path", "unknown"]  # fmt: skip


@dataclass(frozen=True, slots=True)
class Link:
    start: int  # source span
    end: int
    url: str
    host: str
    at: int  # index in the folded view


def find_links(view: View) -> list[Link]:
    links: list[Link] = []
    for m in URL_RE.finditer(view.text):
        raw = m.group(0).rstrip(".,;:!?)]}'\"")
        start, end = view.span(m.start(), m.start() + len(raw))
        links.append(Link(start, end, raw, host_of(raw), m.start()))
    return links


def host_of(url: str) -> str:
    rest = re.sub(r"^[a-z]+://", "", url)
    host = re.split(r"[/?#\\]", rest, maxsplit=1)[0]
    host = host.rsplit("@", 1)[-1]  # "taobao.com@evil.example" puts the real host after the @
    if host.startswith("["):
        return host
    return host.split(":", 1)[0].strip(".")


def registrable(host: str) -> str:
    labels = host.split(".")
    if len(labels) >= 3 and labels[-2] in _SECOND_LEVEL and len(labels[-1]) == 2:
        return ".".join(labels[-3:])
    return ".".join(labels[-2:])


def decode_idn(host: str) -> str:
    out = []
    for label in host.split("."):
        if label.startswith("xn--"):
            try:
                out.append(label[4:].encode("ascii").decode("punycode"))
            except (UnicodeError, ValueError):
                out.append(label)
        else:
            out.append(label)
    return ".".join(out)


def _skeleton_label(label: str) -> str:
    s = "".join(HOMOGLYPHS.get(c, c) for c in label).translate(_LEET)
    return s.replace("rn", "m").replace("vv", "w")


def _within_one_edit(a: str, b: str) -> bool:
    if a == b:
        return True
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diffs = [i for i in range(len(a)) if a[i] != b[i]]
        if len(diffs) == 1:
            return True
        return (len(diffs) == 2 and diffs[1] == diffs[0] + 1
                and a[diffs[0]] == b[diffs[1]] and a[diffs[1]] == b[diffs[0]])  # fmt: skip
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return any(long_[:i] + long_[i + 1 :] == short for i in range(len(long_)))


@dataclass(frozen=True)
class LinkPolicy:
    brands: dict[str, frozenset[str]]
    trusted: frozenset[str]  # registrable domains that are official or safe
    shorteners: frozenset[str]
    dangerous_extensions: frozenset[str]
    brand_domains: frozenset[str]

    def is_trusted(self, host: str) -> bool:
        return registrable(host) in self.trusted or host in self.trusted

    def judge(self, link: Link) -> tuple[Verdict, str]:
        """Classify a link; the second value names the brand imitated or the reason detail."""
        host = link.host
        if _IPV4.match(host) or host.startswith("[") or _INT_HOST.match(host):
            return "ip", host
        decoded = decode_idn(host)
        is_idn = decoded != host or not host.isascii()
        path = link.url[len(re.sub(r"[/?#].*$", "", re.sub(r"^[a-z]+://", "", link.url))) :]
        ext = re.search(r"\.([a-z0-9]{2,5})(?:[?#].*)?$", re.sub(r"^[a-z]+://[^/]*", "", link.url))
        if not is_idn and self.is_trusted(host):
            return ("official" if registrable(host) in self.brand_domains else "safe"), host
        if registrable(host) in self.shorteners or host in self.shorteners:
            return "shortener", host
        labels = decoded.split(".")
        body = labels[:-1] if len(labels) > 1 else labels
        tokens = [t for label in body for t in re.split(r"[-_]", _skeleton_label(label)) if t]
        tokens += [t for label in body for t in re.split(r"[-_]", label) if t]
        tokens += [t.replace("i", "l") for t in tokens if "i" in t]  # "tmaii" for "tmall"
        joined = "".join(_skeleton_label(label).replace("-", "") for label in body)
        for brand in self.brands:
            if len(brand) <= 4:
                if brand in tokens:
                    return "lookalike", brand
            elif brand in joined or any(_within_one_edit(t, brand) for t in tokens if len(t) >= 5):
                return "lookalike", brand
        if is_idn:
            return "lookalike", decoded
        if ext and ext.group(1) in self.dangerous_extensions:
            return "dangerous_download", ext.group(1)
        if _PATH_LURES.search(path) or _PATH_LURES.search(host):
            return "lure_path", host
        return "unknown", host
