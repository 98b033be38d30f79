"""The guard engine: rule lists compiled once into a few regexes, then pure checks per message.

`GuardEngine.check` takes a message and returns findings; it holds no state that changes after
construction, so one engine serves every thread. Shop extensions build a new engine.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from kefu.guard import types as t
from kefu.guard.normalize import DigitRun, View, digit_runs, fold, skeleton
from kefu.guard.rules import (
    CategorySpec,
    RuleData,
    ShopGuardConfig,
    TermRule,
    TermsFile,
    first_bigrams,
    first_chars,
    fold_term,
    load_rule_data,
    trie_regex,
)
from kefu.guard.urls import EMAIL_RE, LinkPolicy, find_links, registrable

# When findings overlap, the category earlier in this list wins (the more specific diagnosis).
PRIORITY: tuple[str, ...] = (
    t.VOID_CLAUSE,
    t.REVIEW_INDUCEMENT,
    t.PROMISE,
    t.EFFICACY_CLAIM,
    t.PERSONAL_DATA,
    t.COMPETITOR,
    t.OFF_PLATFORM,
    t.PHISHING_LINK,
    t.MOVE_CHAT,
    t.PHISHING_LURE,
    t.URGENCY,
    t.ABSOLUTE_CLAIM,
)
_RANK = {c: i for i, c in enumerate(PRIORITY)}

_LATIN_LETTER = "a-zà-öø-ÿāăąćčďđēėęěğīįıķļľłńňōőœŕřśşšţťūůűųźżž"
_CYRILLIC_LETTER = "а-яё"
_FIRST_PERSON = re.compile(
    r"我|咱|本店|小店|客服|\b(?:me|my|us|our|mi|mí|nos|nuestro|nuestra|meu|minha|мой|моя|нас|мне)\b"
)
# Someone else's number ("另一位买家的电话", "the buyer's phone") is personal data, not steering.
_THIRD_PARTY = re.compile(
    r"买家|買家|顾客|顧客|客户|客戶|他的|她的|他电话|她电话|先生|女士|小姐|收件人|寄件人|"
    r"\b(?:buyer|customer|client|his|her|he|she|comprador|compradora|cliente|él|ella|su)\b"
)
_DISGUISED_DIGITS = re.compile("[\uff10-\uff19\u20e3\u2460-\u2473\u24ea\u2776-\u277f]")
_ID_CHECK_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_CHECK_CODES = "10x98765432"


@dataclass(frozen=True, slots=True)
class _RuleMeta:
    rule_id: str
    category: str
    severity: t.Severity | None
    incoming: str | None
    suggestion: str | None
    replace: dict[str, str]
    language: str
    script: str


def _variants(term: str, language: str) -> set[str]:
    """A term as matched: folded, plus Traditional-script forms for Chinese lists."""
    out = {fold_term(term)}
    if language.startswith("zh"):
        for converted in _traditional(term):
            out.add(fold_term(converted))
    return out


@lru_cache(maxsize=1)
def _opencc() -> tuple[object, object]:
    import opencc  # local import: only Chinese lists need it, and only at build time

    return opencc.OpenCC("s2t"), opencc.OpenCC("s2tw")


def _traditional(text: str) -> list[str]:
    s2t, s2tw = _opencc()
    return [s2t.convert(text), s2tw.convert(text)]  # type: ignore[attr-defined]


# Word edges: the trailing edge is a lookahead in the regex; the leading edge is checked in
# Python after a match (`_starts_mid_word`), because a leading lookbehind stops the regex engine
# from scanning for the pattern's first characters and made every check ten times slower.
def _bounded(body: str, script: str) -> str:
    if script == "latin":
        return rf"(?:{body})(?![{_LATIN_LETTER}])"
    if script == "cyrillic":
        return rf"(?:{body})(?![{_CYRILLIC_LETTER}])"
    return body


_LATIN_RE = re.compile(f"[{_LATIN_LETTER}]")
_CYRILLIC_RE = re.compile(f"[{_CYRILLIC_LETTER}]")


def _starts_mid_word(text: str, start: int, script: str) -> bool:
    if script == "cjk" or start == 0:
        return False
    letter = _LATIN_RE if script == "latin" else _CYRILLIC_RE
    return bool(letter.match(text, start - 1) and letter.match(text, start))


def _term_body(terms: Iterable[str], script: str) -> str:
    words = sorted(set(terms))
    if not words:
        return ""
    if script == "cjk":
        return trie_regex(words)
    # Latin and Cyrillic terms need word edges; a term edge that is not a letter (e.g. "100%",
    # "#1") must not demand one, so terms are grouped by whether they start/end with a letter.
    groups: dict[tuple[bool, bool], list[str]] = {}
    letters = re.compile(rf"[{_LATIN_LETTER}{_CYRILLIC_LETTER}]")
    for w in words:
        groups.setdefault((bool(letters.match(w[0])), bool(letters.match(w[-1]))), []).append(w)
    cls = _LATIN_LETTER if script == "latin" else _CYRILLIC_LETTER
    parts = []
    for (lead, tail), ws in sorted(groups.items()):
        body = trie_regex(ws)
        del lead  # the leading edge is checked after matching, see _bounded
        parts.append(f"(?:{body})" + (rf"(?![{cls}])" if tail else ""))
    return "|".join(parts)


@dataclass
class _Compiled:
    # One regex per rule, each gated by the characters its matches can start with.
    rules: list[tuple[re.Pattern[str], frozenset[str] | None, _RuleMeta]]
    allow: re.Pattern[str] | None


def _compile(rules: list[tuple[TermRule, TermsFile]], allow: list[str]) -> _Compiled:
    rules = sorted(rules, key=lambda rp: _RANK.get(rp[0].category, len(_RANK)))
    compiled: list[tuple[re.Pattern[str], frozenset[str] | None, _RuleMeta]] = []
    for rule, pack in rules:
        alts: list[str] = []
        terms: set[str] = set()
        for term in rule.terms:
            terms |= _variants(term, pack.language)
        if terms:
            alts.append(_term_body(terms, pack.script))
        for pattern in rule.patterns:
            for variant in _variants(pattern, pack.language):
                try:
                    re.compile(variant)
                except re.error:
                    continue
                alts.append(_bounded(variant, pack.script) if pack.script != "cjk" else variant)
        body = "|".join(dict.fromkeys(alts))
        replace: dict[str, str] = {}
        for key, value in rule.replace.items():
            replace[fold_term(key)] = value
            if pack.language.startswith("zh"):
                for tk, tv in zip(_traditional(key), _traditional(value), strict=True):
                    replace[fold_term(tk)] = tv
        meta = _RuleMeta(
            rule.id, rule.category, rule.severity, rule.incoming, rule.suggestion, replace,
            pack.language, pack.script,
        )
        gate = first_bigrams(body)
        compiled.append((re.compile(body), gate if gate is not None else first_chars(body), meta))
    allow_re = re.compile("|".join(f"(?:{a})" for a in allow)) if allow else None
    return _Compiled(compiled, allow_re)


def _allowed_spans(compiled: _Compiled, text: str) -> list[tuple[int, int]]:
    if compiled.allow is None:
        return []
    spans = []
    # Overlapping allow phrases: restart one character after each match start.
    pos = 0
    while True:
        m = compiled.allow.search(text, pos)
        if m is None:
            break
        if m.end() > m.start():
            spans.append((m.start(), m.end()))
        pos = m.start() + 1
    return spans


def _inside(span: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    return any(a <= span[0] and span[1] <= b for a, b in spans)


def _window(text: str, start: int, end: int) -> str:
    """text[start:end] without a Latin word cut in half at either edge ("he" from "help")."""
    start, end = max(0, start), min(len(text), end)
    while start > 0 and text[start - 1].isascii() and text[start - 1].isalpha():
        start += 1
        if start >= end:
            break
    while end < len(text) and text[end].isascii() and text[end].isalpha() and end > start:
        end -= 1
    return text[start:end]


def _valid_cn_id(digits17: str, check: str) -> bool:
    total = sum(int(d) * w for d, w in zip(digits17, _ID_CHECK_WEIGHTS, strict=True))
    if _ID_CHECK_CODES[total % 11] != check:
        return False
    year, month, day = int(digits17[6:10]), int(digits17[10:12]), int(digits17[12:14])
    return digits17[0] in "12345678" and 1900 <= year <= 2030 and 1 <= month <= 12 and 1 <= day <= 31


def _luhn(digits: str) -> bool:
    total = 0
    for i, d in enumerate(reversed(digits)):
        n = int(d)
        if i % 2 == 1:
            n = n * 2 - 9 if n > 4 else n * 2
        total += n
    return total % 10 == 0


def _mask(digits: str) -> str:
    keep = 3 if len(digits) > 8 else 2
    return digits[:keep] + "*" * (len(digits) - keep - 4) + digits[-4:]


@dataclass
class GuardEngine:
    """Compiled rule lists; build once (see `default_engine`, `build_engine`) and reuse."""

    data: RuleData
    shop: ShopGuardConfig = field(default_factory=ShopGuardConfig)

    def __post_init__(self) -> None:
        self.categories: dict[str, CategorySpec] = dict(self.data.categories.categories)
        fold_rules: list[tuple[TermRule, TermsFile]] = []
        skel_rules: list[tuple[TermRule, TermsFile]] = []
        allow: list[str] = []
        for pack in self.data.terms:
            for rule in pack.rules:
                (skel_rules if rule.skeleton else fold_rules).append((rule, pack))
            for phrase in pack.allow:
                allow.extend(re.escape(v) for v in _variants(phrase, pack.language))
            for pattern in pack.allow_patterns:
                allow.extend(_variants(pattern, pack.language))
        # Shop additions are compiled as an extra pack of literal terms in every script.
        shop_pack = TermsFile.model_validate({
            "schema": "kefu.guard.terms/1", "version": "shop", "language": "zh-Hans",
            "script": "cjk", "source": "shop configuration", "rules": [],
        })  # fmt: skip
        for i, (category, terms) in enumerate(sorted(self.shop.extra_terms.items())):
            rule = TermRule(id=f"shop.{i}", category=category, terms=list(terms))
            fold_rules.append((rule, shop_pack))
        allow.extend(re.escape(fold_term(a)) for a in self.shop.allow)
        allow.extend(re.escape(fold_term(p)) for p in self.shop.promises)
        self._fold = _compile(fold_rules, allow)
        self._skel = _compile(skel_rules, [])
        links = self.data.links
        brand_domains = frozenset(d for ds in links.brands.values() for d in ds)
        trusted = set(brand_domains) | set(links.safe_domains) | set(self.shop.allowed_domains)
        self.links = LinkPolicy(
            brands={b: frozenset(ds) for b, ds in links.brands.items()},
            trusted=frozenset(trusted),
            shorteners=frozenset(links.shorteners),
            dangerous_extensions=frozenset(links.dangerous_extensions),
            brand_domains=brand_domains,
        )
        self._lure = re.compile("|".join(f"(?:{p})" for p in links.lure_patterns))
        self._contact_cue = re.compile("|".join(f"(?:{p})" for p in links.contact_cues))
        self._reference_cue = re.compile("|".join(f"(?:{p})" for p in links.reference_cues))
        self._id_cue = re.compile("|".join(f"(?:{p})" for p in links.id_cues))
        self._address = re.compile("|".join(f"(?:{p})" for p in links.address_patterns))
        self._platform_cache: dict[str, tuple[re.Pattern[str] | None, list[tuple[int, int]]]] = {}
        self._lock = threading.Lock()

    # ----------------------------------------------------------------------------------------
    def check(
        self,
        text: str,
        direction: t.Direction = "out",
        platform: str | None = None,
        lang: str | None = None,
        agent_lang: str = "zh-Hans",
    ) -> t.GuardResult:
        view = fold(text)
        raw: list[t.Finding] = []
        if direction == "out":
            raw += self._terms_out(view, lang, agent_lang)
            raw += self._competitors(view, platform, lang, agent_lang)
            raw += self._contacts_out(view, text, raw, lang, agent_lang)
            raw += self._links_out(view, platform, lang, agent_lang)
            raw += self._addresses(view, agent_lang)
            raw = self._apply_platform_severity(raw, platform)
            if self.shop.seller_pays_returns:
                raw = [f for f in raw if not f.rule_id.endswith("free-return")]
        else:
            raw += self._terms_in(view, agent_lang)
            raw += self._links_in(view, agent_lang)
            raw += self._contacts_in(view, agent_lang)
        return t.GuardResult(_resolve(raw))

    # ----------------------------------------------------------------------------------------
    def _finding(
        self, category: str, span: tuple[int, int], agent_lang: str, *,
        severity: t.Severity | None = None, suggestion: str | None = None, rule_id: str = "",
        reason: str | None = None,
    ) -> t.Finding:  # fmt: skip
        spec = self.categories[category]
        return t.Finding(
            category=category,
            severity=severity or spec.severity,
            start=span[0],
            end=span[1],
            reason=reason or spec.reason.pick(agent_lang),
            suggestion=suggestion,
            rule_id=rule_id,
        )

    def _default_suggestion(self, category: str, lang: str | None, text: str) -> str | None:
        options = self.categories[category].suggestion
        if not options:
            return None
        if lang is None:
            lang = "zh-Hans" if re.search(r"[\u4e00-\u9fff]", text) else "en"
        return options.get(lang) or options.get(lang.split("-")[0]) or options.get(
            "zh-Hans" if lang.startswith("zh") else "en"
        )

    def _matches(self, compiled: _Compiled, view: View) -> Iterable[tuple[_RuleMeta, int, int]]:
        allowed: list[tuple[int, int]] | None = None
        text = view.text
        present = set(text)
        present.update(text[i : i + 2] for i in range(len(text) - 1))
        for pattern, gate, meta in compiled.rules:
            if gate is not None and gate.isdisjoint(present):
                continue
            for m in pattern.finditer(view.text):
                if m.end() == m.start() or _starts_mid_word(view.text, m.start(), meta.script):
                    continue
                if allowed is None:
                    allowed = _allowed_spans(compiled, view.text)
                if _inside((m.start(), m.end()), allowed):
                    continue
                yield meta, m.start(), m.end()

    def _terms_out(self, view: View, lang: str | None, agent_lang: str) -> list[t.Finding]:
        out = []
        sk = skeleton(view)
        for compiled, v in ((self._fold, view), (self._skel, sk)):
            for meta, s, e in self._matches(compiled, v):
                matched = v.text[s:e]
                suggestion = meta.replace.get(matched)
                if suggestion is None:
                    suggestion = meta.suggestion
                if suggestion is None:
                    pack_lang = lang or meta.language
                    suggestion = self._default_suggestion(meta.category, pack_lang, matched)
                out.append(self._finding(meta.category, v.span(s, e), agent_lang,
                                         severity=meta.severity, suggestion=suggestion,
                                         rule_id=meta.rule_id))  # fmt: skip
        return out

    def _terms_in(self, view: View, agent_lang: str) -> list[t.Finding]:
        out = []
        sk = skeleton(view)
        for compiled, v in ((self._fold, view), (self._skel, sk)):
            for meta, s, e in self._matches(compiled, v):
                if meta.incoming:
                    out.append(self._finding(meta.incoming, v.span(s, e), agent_lang,
                                             rule_id=meta.rule_id))  # fmt: skip
        for m in self._lure.finditer(view.text):
            out.append(self._finding(t.PHISHING_LURE, view.span(m.start(), m.end()), agent_lang,
                                     rule_id="links.lure"))  # fmt: skip
        return out

    def _platform_names(self, platform: str) -> tuple[re.Pattern[str] | None, list[str]]:
        spec = self.data.platforms.platforms.get(platform)
        if spec is None:
            return None, []
        names: set[str] = set()
        for market in spec.forbid:
            for name in self.data.platforms.marketplaces.get(market, []):
                names |= _variants(name, "zh-Hans")
        if not names:
            return None, []
        latin = {n for n in names if n.isascii()}
        cjk = names - latin
        parts = []
        if cjk:
            parts.append(trie_regex(cjk))
        if latin:
            parts.append(rf"(?<![a-z0-9])(?:{trie_regex(latin)})(?![a-z0-9])")
        allow = [v for a in spec.allow for v in _variants(a, "zh-Hans")]
        return re.compile("|".join(parts)), allow

    def _competitors(
        self, view: View, platform: str | None, lang: str | None, agent_lang: str
    ) -> list[t.Finding]:
        if platform is None:
            return []
        pattern, allow = _platform_pattern(self, platform)
        if pattern is None:
            return []
        allowed = []
        for phrase in allow:
            start = view.text.find(phrase)
            while start >= 0:
                allowed.append((start, start + len(phrase)))
                start = view.text.find(phrase, start + 1)
        out = []
        for m in pattern.finditer(view.text):
            if _inside((m.start(), m.end()), allowed):
                continue
            out.append(self._finding(
                t.COMPETITOR, view.span(m.start(), m.end()), agent_lang, rule_id="platform.names",
                suggestion=self._default_suggestion(t.COMPETITOR, lang, m.group(0)),
            ))  # fmt: skip
        return out

    # ----------------------------------------------------------------------------------------
    def _classify_run(self, view: View, run: DigitRun, fold_start: int) -> str | None:
        """'phone', 'id', 'card' or None for a run of digits, judged with its context."""
        text = view.text
        before = text[max(0, fold_start - 24) : fold_start]
        if fold_start > 0 and re.match(r"[a-z]", text[fold_start - 1]):
            return None  # glued to letters: a tracking or product code such as SF1234567890
        digits = run.digits
        if len(digits) == 17:
            after = run.until
            nxt = text[after : after + 1] if after < len(text) else ""
            # the 18th ID character may be an X
            if nxt == "x" and _valid_cn_id(digits, "x"):
                return "id"
        if (len(digits) == 18 and _valid_cn_id(digits[:17], digits[17])
                and (self._id_cue.search(before) or not self._reference_cue.search(before))):
            return "id"
        if 15 <= len(digits) <= 19 and self._id_cue.search(before) and _luhn(digits):
            return "card"
        if self._reference_cue.search(before) and not self._contact_cue.search(before[-6:]):
            return None
        if len(digits) == 11 and re.match(r"1[3-9]", digits):
            return "phone"
        if len(digits) == 13 and digits.startswith("861") and digits[3] in "3456789":
            return "phone"
        if run.plus and 8 <= len(digits) <= 15:
            return "phone"
        if 7 <= len(digits) <= 12 and self._contact_cue.search(before):
            return "phone"
        if 6 <= len(digits) <= 11 and re.search(r"qq|扣扣|企鹅|q号", before):
            return "phone"  # a QQ number
        if len(digits) >= 8 and (run.chinese >= 4 or (run.separated and run.chinese)):
            return "phone"  # digits spelt in Chinese are only ever written out to dodge filters
        return None

    def _runs(self, view: View) -> list[tuple[DigitRun, int]]:
        return [(run, run.at) for run in digit_runs(view, min_digits=6)]

    def _contacts_out(
        self, view: View, text: str, found: list[t.Finding], lang: str | None, agent_lang: str
    ) -> list[t.Finding]:
        out: list[t.Finding] = []
        steering = any(f.category == t.OFF_PLATFORM for f in found)
        for run, fold_start in self._runs(view):
            kind = self._classify_run(view, run, fold_start)
            if kind is None:
                continue
            span = (run.start, run.end)
            if kind == "id" and len(run.digits) == 17:
                span = (run.start, run.end + 1)
            if kind == "phone":
                window = _window(view.text, fold_start - 20, run.until + 12)
                source = text[run.start : run.end]
                obfuscated = run.chinese > 0 or bool(_DISGUISED_DIGITS.search(source)) or (
                    run.separated and bool(re.search(r"[^\d \-]", re.sub(r"\d", "", source)))
                )
                third_party = _THIRD_PARTY.search(window) is not None
                if obfuscated or (not third_party and (
                    steering or _FIRST_PERSON.search(window) or self._contact_cue.search(window)
                )):  # fmt: skip
                    out.append(self._finding(
                        t.OFF_PLATFORM, span, agent_lang, rule_id="contacts.phone",
                        suggestion=self._default_suggestion(t.OFF_PLATFORM, lang, text),
                    ))  # fmt: skip
                    continue
            out.append(self._finding(t.PERSONAL_DATA, span, agent_lang,
                                     rule_id=f"contacts.{kind}",
                                     suggestion=_mask(run.digits)))  # fmt: skip
        for m in EMAIL_RE.finditer(view.text):
            domain = re.split(r"@|＠|\(at\)|\[at\]|（at）", m.group(0))[-1].strip()
            domain = re.sub(r"\s|\(dot\)|\[dot\]|点", ".", domain).replace("..", ".")
            if registrable(domain) in self.shop.allowed_domains:
                continue
            out.append(self._finding(
                t.OFF_PLATFORM, view.span(m.start(), m.end()), agent_lang, rule_id="contacts.email",
                suggestion=self._default_suggestion(t.OFF_PLATFORM, lang, text),
            ))  # fmt: skip
        return out

    def _contacts_in(self, view: View, agent_lang: str) -> list[t.Finding]:
        out = []
        for run, fold_start in self._runs(view):
            before = view.text[max(0, fold_start - 14) : fold_start]
            if self._classify_run(view, run, fold_start) == "phone" and re.search(
                r"加|联系|聯繫|私聊|打|call|text|whats|wechat|telegram|escr|ll[aá]m|contact",
                before,
            ):
                out.append(self._finding(t.MOVE_CHAT, (run.start, run.end), agent_lang,
                                         rule_id="contacts.phone"))  # fmt: skip
        return out

    def _links_out(
        self, view: View, platform: str | None, lang: str | None, agent_lang: str
    ) -> list[t.Finding]:
        spec = self.data.platforms.platforms.get(platform or "")
        own = set(spec.official_domains) if spec else set()
        out = []
        for link in find_links(view):
            if link.at > 0 and view.text[link.at - 1] in "@＠":
                continue  # part of an e-mail address, reported as such
            reg = registrable(link.host)
            if reg in own or link.host in own or self.links.is_trusted(link.host):
                verdict, _ = self.links.judge(link)
                if verdict in ("official", "safe") and (not own or reg in own or verdict == "safe"):
                    continue
            out.append(self._finding(
                t.OFF_PLATFORM, (link.start, link.end), agent_lang, rule_id="links.external",
                suggestion=self._default_suggestion(t.OFF_PLATFORM, lang, view.text),
            ))  # fmt: skip
        return out

    def _links_in(self, view: View, agent_lang: str) -> list[t.Finding]:
        out = []
        lure = self._lure.search(view.text) is not None
        for link in find_links(view):
            verdict, detail = self.links.judge(link)
            if verdict in ("official", "safe"):
                continue
            if verdict == "unknown" and not lure:
                continue
            severity: t.Severity = "block"
            if verdict in ("shortener", "lure_path") and not lure:
                severity = "warn"
            out.append(self._finding(
                t.PHISHING_LINK, (link.start, link.end), agent_lang, severity=severity,
                rule_id=f"links.{verdict}",
                reason=_link_reason(verdict, detail, agent_lang, self.categories),
            ))  # fmt: skip
        return out

    def _addresses(self, view: View, agent_lang: str) -> list[t.Finding]:
        return [
            self._finding(t.PERSONAL_DATA, view.span(m.start(), m.end()), agent_lang,
                          severity="warn", rule_id="contacts.address")
            for m in self._address.finditer(view.text)
        ]

    def _apply_platform_severity(
        self, findings: list[t.Finding], platform: str | None
    ) -> list[t.Finding]:
        spec = self.data.platforms.platforms.get(platform or "")
        if spec is None or spec.off_platform == "block":
            return findings
        out = []
        for f in findings:
            if f.category == t.OFF_PLATFORM:
                if spec.off_platform == "off":
                    continue
                f = t.Finding(f.category, "warn", f.start, f.end, f.reason, f.suggestion, f.rule_id)
            out.append(f)
        return out


def _platform_pattern(
    engine: GuardEngine, platform: str
) -> tuple[re.Pattern[str] | None, list[str]]:
    cache = engine.__dict__.setdefault("_names_cache", {})
    if platform not in cache:
        with engine._lock:
            cache[platform] = engine._platform_names(platform)
    result: tuple[re.Pattern[str] | None, list[str]] = cache[platform]
    return result


_LINK_REASONS = {
    "ip": ("链接直接使用IP地址，正规平台不会这样发链接。", "The link points at a raw IP address; marketplaces never send those."),
    "lookalike": ("仿冒平台域名（{d}）：形近字母、数字替换或国际化域名。", "Look-alike of a marketplace domain ({d}): swapped letters, digits or an internationalised name."),
    "shortener": ("短链接隐藏了真实地址（{d}）。", "A URL shortener hides where the link goes ({d})."),
    "dangerous_download": ("链接指向可执行文件（.{d}）。", "The link downloads an executable file (.{d})."),
    "lure_path": ("链接含登录/验证类路径，且不是平台官方域名（{d}）。", "The link asks to log in or verify on a non-official domain ({d})."),
    "unknown": ("消息以违规/登录话术诱导点击非官方链接（{d}）。", "The message uses a violation/log-in lure around a non-official link ({d})."),
}  # fmt: skip


def _link_reason(
    verdict: str, detail: str, agent_lang: str, categories: dict[str, CategorySpec]
) -> str:
    zh, en = _LINK_REASONS.get(verdict, ("", ""))
    base = categories[t.PHISHING_LINK].reason.pick(agent_lang)
    extra = (zh if agent_lang.startswith("zh") else en).format(d=detail)
    return f"{base} {extra}".strip()


def _resolve(findings: list[t.Finding]) -> tuple[t.Finding, ...]:
    """Drop findings overlapped by a more specific one; sort by position."""
    ranked = sorted(
        findings, key=lambda f: (_RANK.get(f.category, len(_RANK)), -(f.end - f.start), f.start)
    )
    kept: list[t.Finding] = []
    for f in ranked:
        if any(f.start < k.end and k.start < f.end for k in kept):
            continue
        kept.append(f)
    return tuple(sorted(kept, key=lambda f: (f.start, f.end)))


_DEFAULT: GuardEngine | None = None
_DEFAULT_LOCK = threading.Lock()


def default_engine() -> GuardEngine:
    global _DEFAULT
    if _DEFAULT is None:
        with _DEFAULT_LOCK:
            if _DEFAULT is None:
                _DEFAULT = GuardEngine(load_rule_data())
    return _DEFAULT


def build_engine(shop: ShopGuardConfig | None = None) -> GuardEngine:
    """An engine with a shop's extra terms, allow-list, promises and domains merged in."""
    if shop is None:
        return default_engine()
    return GuardEngine(load_rule_data(), shop)
