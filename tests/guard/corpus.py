"""The guard's labelled corpus: hand-written messages (corpus/*.txt) plus generated variants.

Clean replies were written as an agent would answer buyers, before and apart from the rule lists;
violations are labelled with every category truly present. Generated groups cover obfuscations,
reference numbers that must not read as phone numbers, look-alike and safe links, and files.
`kefu guard report` and tests/guard/test_corpus.py both score `load_cases()`.
"""

from __future__ import annotations

import random
import sys
from collections.abc import Callable
from pathlib import Path

from kefu.guard.report import Case

sys.path.insert(0, str(Path(__file__).parent))
import filegen

HERE = Path(__file__).parent / "corpus"

CHINESE = "零一二三四五六七八九"
CHINESE_ALT = {"1": "幺", "2": "两"}
FULLWIDTH = {str(i): chr(0xFF10 + i) for i in range(10)}


def _lines(name: str) -> list[str]:
    rows = []
    for line in (HERE / name).read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            rows.append(line.strip())
    return rows


def _clean_cases() -> list[Case]:
    cases: list[Case] = []
    for name, lang in (("clean_zh_hans.txt", "zh-Hans"), ("clean_zh_hant.txt", "zh-Hant"),
                       ("clean_en.txt", "en"), ("clean_es.txt", "es")):  # fmt: skip
        for i, text in enumerate(_lines(name)):
            for platform in (None, "taobao") if lang.startswith("zh") else (None, "aliexpress"):
                cases.append(Case(f"clean.{lang}.{i}.{platform}", frozenset(), text,
                                  "out", platform, lang, group="clean"))  # fmt: skip
    for i, row in enumerate(_lines("clean_other.txt")):
        lang, text = row.split("|", 1)
        cases.append(Case(f"clean.{lang}.{i}", frozenset(), text, "out", "aliexpress", lang,
                          group="clean"))  # fmt: skip
    for i, text in enumerate(_lines("clean_incoming.txt")):
        cases.append(Case(f"clean.in.{i}", frozenset(), text, "in", None, None, group="clean"))
    return cases


def _violation_cases() -> list[Case]:
    cases = []
    for i, row in enumerate(_lines("violations.txt")):
        direction, platform, categories, text = row.split("|", 3)
        cases.append(Case(
            f"violation.{i}", frozenset(categories.split(",")), text,
            "in" if direction == "in" else "out", None if platform == "-" else platform,
            group="violation",
        ))  # fmt: skip
    return cases


# --- obfuscated contacts ---------------------------------------------------------------------
def _obfuscate(number: str, style: str, rng: random.Random) -> str:
    if style == "spaces":
        return f"{number[:3]} {number[3:7]} {number[7:]}"
    if style == "dots":
        return ".".join(number[i : i + 2] for i in range(0, len(number), 2))
    if style == "dashes":
        return f"{number[:3]}-{number[3:7]}-{number[7:]}"
    if style == "fullwidth":
        return "".join(FULLWIDTH[d] for d in number)
    if style == "chinese":
        return "".join(CHINESE_ALT.get(d, CHINESE[int(d)]) if rng.random() < 0.5 else CHINESE[int(d)]
                       for d in number)  # fmt: skip
    if style == "emoji":
        seps = ["🌸", "⭐", "❤️", "👉", "🔥"]
        return "".join(d + (rng.choice(seps) if i % 3 == 2 else "") for i, d in enumerate(number))
    if style == "keycap":
        return "".join(d + "\ufe0f\u20e3" for d in number)
    if style == "mixed":
        out = []
        for d in number:
            r = rng.random()
            out.append(FULLWIDTH[d] if r < 0.3 else CHINESE[int(d)] if r < 0.6 else d)
            if rng.random() < 0.3:
                out.append(rng.choice([" ", ".", "·", "-"]))
        return "".join(out).strip(" .·-")
    return number


_PHONE_TEMPLATES = [
    ("zh-Hans", "有问题直接找我 {p}"),
    ("zh-Hans", "售后打这个 {p} 更快"),
    ("zh-Hans", "您记一下 {p}，晚上也能联系"),
    ("zh-Hans", "{p} 这个号码可以找到我"),
    ("en", "Reach me here: {p}"),
    ("es", "Este es mi contacto: {p}"),
]
_PHONE_STYLES = ["spaces", "dots", "dashes", "fullwidth", "chinese", "emoji", "keycap", "mixed"]


def _obfuscation_cases(rng: random.Random) -> list[Case]:
    cases = []
    for i, style in enumerate(_PHONE_STYLES):
        for j, (lang, template) in enumerate(_PHONE_TEMPLATES):
            number = "1" + rng.choice("3456789") + "".join(rng.choice("0123456789") for _ in range(9))
            text = template.format(p=_obfuscate(number, style, rng))
            cases.append(Case(f"obf.phone.{style}.{j}", frozenset({"off_platform"}), text, "out",
                              None, lang, group="obfuscation"))  # fmt: skip
        del i
    handles = ["V信", "ｖｘ", "VX", "威信", "薇信", "微♥", "扣扣", "ＱＱ", "wx号", "Wechat", "wеchat",
               "WhatsApp", "whats app", "Telegram", "微信", "徽信", "v 信"]
    templates = ["加我{h}，发您实拍图", "{h}上聊，发视频给您", "有事{h}找我", "Add me on {h}, faster reply",
                 "Contáctame por {h} por favor"]
    for i, h in enumerate(handles):
        template = templates[i % len(templates)]
        cases.append(Case(f"obf.handle.{i}", frozenset({"off_platform"}), template.format(h=h),
                          "out", None, None, group="obfuscation"))  # fmt: skip
    return cases


# --- reference numbers that are not phone numbers --------------------------------------------
def _reference_cases(rng: random.Random) -> list[Case]:
    def digits(n: int, first: str = "123456789") -> str:
        return rng.choice(first) + "".join(rng.choice("0123456789") for _ in range(n - 1))

    refs = [
        ("订单号：{}", lambda: digits(19, "23")),
        ("您的订单 {} 已经发货了", lambda: digits(18, "13")),
        ("运单号 SF{}，顺丰明天派送", lambda: digits(12)),
        ("中通快递单号{}，已经在路上了", lambda: "7" + digits(13)),
        ("韵达单号 {} 请查收", lambda: "43" + digits(13)),
        ("京东物流单号 JDVA{}", lambda: digits(11)),
        ("Your order number is {}.", lambda: "81" + digits(14)),
        ("Tracking: LP{}", lambda: digits(14)),
        ("Tracking number {} (Cainiao).", lambda: "1" + digits(10, "3456789")),
        ("El número de seguimiento es {}.", lambda: "13" + digits(9)),
        ("Pedido {} enviado hoy.", lambda: "81" + digits(14)),
        ("退款编号 {} 已处理", lambda: digits(17)),
        ("取件码 {} 请到驿站领取", lambda: digits(6)),
        ("售后单号 {}", lambda: "1" + digits(10, "3456789")),
        ("订单 {} 的发票已开好", lambda: digits(19, "23")),
    ]
    cases = []
    for i, (template, make) in enumerate(refs):
        for k in range(2):
            text = template.format(make())
            cases.append(Case(f"ref.{i}.{k}", frozenset(), text, "out", None, None, group="reference"))
    # prices, dates, sizes and amounts that look numeric
    for i, text in enumerate([
        "2026年11月11日下单的订单，11月13日前发出", "合计 1299.00 元，已优惠 100 元",
        "尺码 38 39 40 41 42 都有货", "Your total is $1,299.99 including shipping.",
        "Pedido del 12/05/2026, total 89,90 €", "鞋长 26.5 厘米，鞋宽 10.2 厘米",
    ]):  # fmt: skip
        cases.append(Case(f"num.{i}", frozenset(), text, "out", None, None, group="reference"))
    return cases


# --- platforms ------------------------------------------------------------------------------
def _platform_cases() -> list[Case]:
    cases = []
    forbidden = {
        "jd": ["淘宝", "天猫", "拼多多", "抖音", "闲鱼", "Taobao", "Tmall", "唯品会"],
        "taobao": ["京东", "拼多多", "抖音", "快手", "JD.com"],
        "tmall": ["京东", "拼多多", "小红书"],
        "aliexpress": ["Amazon", "Temu", "Shein", "eBay"],
    }
    templates = {"zh": "这款在{n}卖得比我们贵", "en": "Same item on {n} costs more."}
    for platform, names in forbidden.items():
        for i, name in enumerate(names):
            t = templates["en" if name.isascii() else "zh"]
            cases.append(Case(f"platform.{platform}.{i}", frozenset({"competitor_platform"}),
                              t.format(n=name), "out", platform, group="competitor"))  # fmt: skip
    own = [
        ("jd", "欢迎在京东搜索我们的店铺名"), ("taobao", "我们淘宝店会员下单有积分"),
        ("tmall", "天猫官方旗舰店正品保障"), ("aliexpress", "AliExpress Standard Shipping is free."),
        ("taobao", "我们发京东快递，第二天就能到"), ("tmall", "默认发京东物流"),
        ("jd", "京东物流已经揽收"), ("taobao", "这款在天猫店也是同样的价格"),
    ]  # fmt: skip
    for i, (platform, text) in enumerate(own):
        cases.append(Case(f"platform.own.{i}", frozenset(), text, "out", platform, group="clean"))
    return cases


# --- links ----------------------------------------------------------------------------------
def _punycode_host(label: str, tld: str = "com") -> str:
    return "xn--" + label.encode("punycode").decode("ascii") + "." + tld


def _link_cases() -> list[Case]:
    phishing = [
        "http://taobao-login.net/verify", "https://tmall-shop-service.com/appeal",
        "http://alipay-security.top/login", "https://ta0bao.com/item", "http://tmaii.com",
        "https://aIiexpress-seller.com".lower(), "http://aliexprees.com/sign-in",
        "https://arnazon.com/account", "http://paypa1-secure.com/update", "http://jd-login.cn",
        "http://www.jd-kefu.top/refund", f"http://{_punycode_host('tаobao')}/login",
        f"https://{_punycode_host('аlipay')}", f"http://{_punycode_host('раypal')}/signin",
        "http://47.96.123.8/taobao/login", "http://10.0.0.23:8080/refund",
        "https://bit.ly/4aBcDeF", "http://t.cn/A6xYz12", "https://tinyurl.com/yck8p2mz",
        "http://dwz.cn/Ab3dE", "https://is.gd/k2Xy9q", "http://taobao.com.verify-center.xyz/",
        "https://login-1688.com", "http://pinduoduo-refund.cc/pay",
    ]
    lures = ["请查看：{u}", "看一下这个链接 {u}", "Please check {u}", "Mira esto {u}"]
    cases = []
    for i, url in enumerate(phishing):
        text = lures[i % len(lures)].format(u=url)
        cases.append(Case(f"link.phish.{i}", frozenset({"phishing_link"}), text, "in",
                          group="phishing"))  # fmt: skip
    safe = [
        "https://item.taobao.com/item.htm?id=712345678901", "https://detail.tmall.com/item.htm?id=6123",
        "https://item.jd.com/100012345678.html", "https://www.aliexpress.com/item/1005006123456789.html",
        "https://m.tb.cn/h.5abcde", "https://www.sf-express.com/chn/sc/waybill/waybill-detail/SF1407852369014",
        "https://www.kuaidi100.com/", "https://t.17track.net/en#nums=LP00412345678901",
        "https://www.correos.es/es/es/herramientas/localizador/envios",
        "https://www.amazon.es/dp/B0C1234567", "https://www.ebay.com/itm/1234567890",
        "https://www.paypal.com/", "https://imgur.com/a/xY12abc", "https://www.youtube.com/watch?v=abc123",
        "https://global.cainiao.com/detail.htm?mailNoList=LP00412345678901",
    ]  # fmt: skip
    for i, url in enumerate(safe):
        text = ["这个链接里的款式 {u}", "Here it is: {u}", "Aquí está el enlace {u}"][i % 3].format(u=url)
        cases.append(Case(f"link.safe.{i}", frozenset(), text, "in", group="clean"))
    return cases


# --- files ----------------------------------------------------------------------------------
FileSpec = tuple[str, Callable[[], bytes], frozenset[str]]
DANGER = frozenset({"dangerous_file"})
MISMATCH = frozenset({"file_mismatch"})
CLEAN: frozenset[str] = frozenset()


def _file_specs() -> list[FileSpec]:
    return [
        # good files
        ("photo.png", filegen.png, CLEAN),
        ("IMG_2041.jpg", filegen.jpeg, CLEAN),
        ("鞋子开胶.jpeg", filegen.jpeg, CLEAN),
        ("defect.gif", filegen.gif, CLEAN),
        ("invoice.pdf", filegen.pdf, CLEAN),
        ("factura_2026.pdf", lambda: filegen.pdf("Factura 42"), CLEAN),
        ("size chart.docx", filegen.docx, CLEAN),
        ("orders.xlsx", filegen.xlsx, CLEAN),
        ("notes.txt", filegen.text, CLEAN),
        ("orders.csv", filegen.csv_file, CLEAN),
        ("photos.zip", lambda: filegen.zip_of({"a.jpg": filegen.jpeg(), "b.png": filegen.png()}), CLEAN),
        ("old_report.doc", filegen.ole_document, CLEAN),
        ("logo.svg", filegen.svg_plain, CLEAN),
        ("report.final.v2.pdf", filegen.pdf, CLEAN),
        ("backup.tar.gz", lambda: filegen.tar_gz({"photos/a.png": (filegen.png(), 0o644)}), CLEAN),
        # executables and scripts
        ("setup.exe", filegen.pe_executable, DANGER),
        ("photo.jpg.exe", filegen.pe_executable, DANGER),
        ("invoice.pdf.scr", filegen.pe_executable, DANGER),
        ("订单详情.exe", filegen.pe_executable, DANGER),
        ("update", filegen.elf_executable, DANGER),
        ("viewer.app", filegen.macho_executable, DANGER),
        ("shortcut.lnk", filegen.lnk_shortcut, DANGER),
        ("run.bat", filegen.batch_script, DANGER),
        ("readme.js", filegen.js_dropper, DANGER),
        ("open.vbs", filegen.vbs_script, DANGER),
        ("install.sh", filegen.shell_script, DANGER),
        ("fix.ps1", filegen.powershell_script, DANGER),
        ("page.hta", filegen.hta, DANGER),
        ("icon.svg", filegen.svg_with_script, DANGER),
        ("photo\u202egpj.exe", filegen.pe_executable, DANGER),
        # executables disguised by name: dangerous, and the name does not match the content
        ("invoice.pdf", filegen.pe_executable, DANGER | MISMATCH),
        ("IMG_3381.jpg", filegen.elf_executable, DANGER | MISMATCH),
        ("notes.txt", filegen.batch_script, DANGER),
        ("order.csv", filegen.vbs_script, DANGER),
        # macros
        ("contract.docm", lambda: filegen.docx(with_macros=True), DANGER),
        ("contract.docx", lambda: filegen.docx(with_macros=True), DANGER),
        ("prices.xlsm", lambda: filegen.xlsx(with_macros=True), DANGER),
        ("prices.xlsx", lambda: filegen.xlsx(with_macros=True), DANGER),
        ("invoice.doc", lambda: filegen.ole_document(with_macros=True), DANGER),
        ("budget.xls", lambda: filegen.ole_document(with_macros=True), DANGER),
        # archives with executables
        ("photos.zip", lambda: filegen.zip_of({"a.jpg": filegen.jpeg(), "view.exe": filegen.pe_executable()}), DANGER),
        ("发票.zip", lambda: filegen.zip_of({"发票.pdf.exe": filegen.pe_executable()}), DANGER),
        ("docs.zip", lambda: filegen.zip_of({"readme.txt": filegen.pe_executable()}), DANGER),
        ("nested.zip", lambda: filegen.zip_of({"inner.zip": filegen.zip_of({"x.scr": filegen.pe_executable()})}), DANGER),
        ("tool.jar", filegen.jar, DANGER),
        ("app.apk", filegen.apk, DANGER),
        ("pics.tar.gz", lambda: filegen.tar_gz({"run": (filegen.elf_executable(), 0o755)}), DANGER),
        ("scripts.tar.gz", lambda: filegen.tar_gz({"go.sh": (filegen.shell_script(), 0o644)}), DANGER),
        ("fotos.rar", lambda: filegen.rar_with("foto.jpg.exe"), DANGER),
        # mismatched magic bytes, not executable
        ("photo.jpg", filegen.pdf, MISMATCH),
        ("scan.png", filegen.jpeg, MISMATCH),
        ("document.pdf", filegen.png, MISMATCH),
        ("sheet.xlsx", filegen.pdf, MISMATCH),
    ]  # fmt: skip


def _file_cases() -> list[Case]:
    return [
        Case(f"file.{i}.{name}", expected, data=make(), filename=name, group="file")
        for i, (name, make, expected) in enumerate(_file_specs())
    ]


def load_cases() -> list[Case]:
    rng = random.Random(20261124)  # fixed seed: the corpus is the same on every run
    return (
        _clean_cases()
        + _violation_cases()
        + _obfuscation_cases(rng)
        + _reference_cases(rng)
        + _platform_cases()
        + _link_cases()
        + _file_cases()
    )
