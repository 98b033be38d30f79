"""Incoming-file checks: judge a file by its bytes, not by the name the sender gave it.

Executables and scripts are recognised by signature and content; Office files by their macro
storage (OLE `_VBA_PROJECT`/`VBA`, OOXML `vbaProject.bin`); archives by listing their members.
"""

from __future__ import annotations

import io
import re
import tarfile
import unicodedata
import zipfile
from dataclasses import dataclass

from kefu.guard import types as t
from kefu.guard.rules import CategorySpec, FilesFile

_MAX_MEMBERS = 2000  # an archive listing longer than this is itself suspicious (zip bomb)
_MAX_NESTING = 2

_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"MZ", "pe"),
    (b"\x7fELF", "elf"),
    (b"\xfe\xed\xfa\xce", "macho"),
    (b"\xfe\xed\xfa\xcf", "macho"),
    (b"\xce\xfa\xed\xfe", "macho"),
    (b"\xcf\xfa\xed\xfe", "macho"),
    (b"\xca\xfe\xba\xbe", "macho"),  # fat Mach-O (also Java class files: both executable)
    (b"dex\n", "dex"),
    (b"L\x00\x00\x00\x01\x14\x02\x00", "lnk"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "ole"),
    (b"PK\x03\x04", "zip"),
    (b"PK\x05\x06", "zip"),
    (b"Rar!\x1a\x07", "rar"),
    (b"7z\xbc\xaf\x27\x1c", "7z"),
    (b"\x1f\x8b", "gzip"),
    (b"%PDF-", "pdf"),
    (b"\x89PNG\r\n\x1a\n", "png"),
    (b"\xff\xd8\xff", "jpeg"),
    (b"GIF87a", "gif"),
    (b"GIF89a", "gif"),
    (b"BM", "bmp"),
    (b"RIFF", "riff"),
    (b"MSCF", "cab"),
)
_EXECUTABLE_KINDS = frozenset({"pe", "elf", "macho", "dex", "lnk"})


@dataclass(frozen=True, slots=True)
class _Verdict:
    category: str
    detail_zh: str
    detail_en: str
    severity: t.Severity | None = None


def sniff(data: bytes) -> str:
    """The kind of a file by its leading bytes ('unknown' or 'text' when no signature fits)."""
    for magic, kind in _SIGNATURES:
        if data.startswith(magic):
            if kind == "riff" and data[8:12] != b"WEBP":
                return "riff"
            return "webp" if kind == "riff" else kind
    if data[:5] == b"ustar" or data[257:262] == b"ustar":
        return "tar"
    try:
        data[:4096].decode("utf-8")
    except UnicodeDecodeError:
        return "unknown"
    return "text"


class FileChecker:
    def __init__(self, spec: FilesFile, categories: dict[str, CategorySpec]) -> None:
        self.spec = spec
        self.categories = categories
        self.executable = frozenset(spec.executable_extensions)
        self.script = frozenset(spec.script_extensions)
        self.macro = frozenset(spec.macro_extensions)
        self.archive = frozenset(spec.archive_extensions)
        self.markers = re.compile(
            "|".join(f"(?:{m})" for m in spec.script_markers).encode(), re.IGNORECASE
        )

    # ----------------------------------------------------------------------------------------
    def check(self, data: bytes, filename: str, agent_lang: str = "zh-Hans") -> t.GuardResult:
        verdicts = self._judge(data, filename, depth=0)
        findings = []
        for v in verdicts:
            spec = self.categories[v.category]
            base = spec.reason.pick(agent_lang)
            detail = v.detail_zh if agent_lang.startswith("zh") else v.detail_en
            findings.append(t.Finding(
                category=v.category, severity=v.severity or spec.severity, start=0, end=len(data),
                reason=f"{base} {detail}", suggestion=None, rule_id=f"files.{v.category}",
            ))  # fmt: skip
        # One finding per category is enough for a file; keep the most severe first.
        seen: set[str] = set()
        unique = []
        for f in sorted(findings, key=lambda f: f.severity != "block"):
            if f.category not in seen:
                seen.add(f.category)
                unique.append(f)
        return t.GuardResult(tuple(unique))

    def _judge(self, data: bytes, filename: str, depth: int) -> list[_Verdict]:
        name = unicodedata.normalize("NFKC", filename).strip().lower()
        out: list[_Verdict] = []
        if any(c in name for c in "\u202e\u202d\u200f\u2066\u2067\u2068"):
            out.append(_Verdict(t.DANGEROUS_FILE, "文件名含有反转显示的控制字符。",
                                "The file name hides its real extension with a direction-override character."))  # fmt: skip
        parts = [p.strip() for p in name.split(".")]
        ext = parts[-1] if len(parts) > 1 else ""
        inner = parts[-2] if len(parts) > 2 else ""
        kind = sniff(data)

        if ext in self.executable or ext in self.script:
            out.append(_Verdict(t.DANGEROUS_FILE, f"扩展名 .{ext} 是可执行程序或脚本。",
                                f"The .{ext} extension is an executable or script."))  # fmt: skip
        if inner in _DOC_EXTS and (ext in self.executable or ext in self.script):
            out.append(_Verdict(t.DANGEROUS_FILE, f"双重扩展名（.{inner}.{ext}）伪装文件类型。",
                                f"Double extension (.{inner}.{ext}) disguises the file type."))  # fmt: skip
        if kind in _EXECUTABLE_KINDS:
            out.append(_Verdict(t.DANGEROUS_FILE, f"文件内容是可执行程序（{kind}）。",
                                f"The content is an executable program ({kind})."))  # fmt: skip
        elif kind == "text" and self._is_script(data, ext):
            out.append(_Verdict(t.DANGEROUS_FILE, "文件内容是脚本。", "The content is a script."))
        elif kind == "ole":
            if _ole_has_macros(data):
                out.append(_Verdict(t.DANGEROUS_FILE, "Office文件包含宏（VBA）。",
                                    "The Office file contains macros (VBA)."))  # fmt: skip
        elif kind == "zip":
            out += self._zip(data, depth)
        elif kind in ("gzip", "tar"):
            out += self._tar(data, depth)
        elif kind in ("rar", "7z", "cab"):
            out += self._opaque_archive(data, kind)

        if ext in self.macro and not any(v.category == t.DANGEROUS_FILE for v in out):
            out.append(_Verdict(t.DANGEROUS_FILE, f"扩展名 .{ext} 是启用宏的Office格式。",
                                f"The .{ext} extension is a macro-enabled Office format."))  # fmt: skip
        expected = self.spec.magic.get(ext)
        if expected and not _magic_ok(data, kind, expected):
            out.append(_Verdict(t.FILE_MISMATCH, f"扩展名是 .{ext}，但内容是 {kind}。",
                                f"Named .{ext} but the content is {kind}."))  # fmt: skip
        return out

    def _is_script(self, data: bytes, ext: str) -> bool:
        head = data[:65536]
        if head.startswith(b"#!"):
            return True
        return self.markers.search(head) is not None

    def _zip(self, data: bytes, depth: int) -> list[_Verdict]:
        out: list[_Verdict] = []
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as zf:
                infos = zf.infolist()
                if len(infos) > _MAX_MEMBERS:
                    return [_Verdict(t.DANGEROUS_FILE, "压缩包文件数异常多。",
                                     "The archive holds an abnormal number of files.")]  # fmt: skip
                names = [i.filename for i in infos]
                lower = [n.lower() for n in names]
                if any(n.endswith("vbaproject.bin") for n in lower):
                    out.append(_Verdict(t.DANGEROUS_FILE, "Office文件包含宏（vbaProject.bin）。",
                                        "The Office file contains macros (vbaProject.bin)."))  # fmt: skip
                if "meta-inf/manifest.mf" in lower or "classes.dex" in lower:
                    out.append(_Verdict(t.DANGEROUS_FILE, "压缩包是Java/安卓可执行程序。",
                                        "The archive is a Java or Android executable."))  # fmt: skip
                if any(i.flag_bits & 0x1 for i in infos):
                    out.append(_Verdict(t.FILE_MISMATCH, "压缩包已加密，无法检查内容。",
                                        "The archive is encrypted; its content cannot be checked.",
                                        "warn"))  # fmt: skip
                for info in infos:
                    inner = self._member(info.filename)
                    if inner:
                        out.append(inner)
                        break
                if depth < _MAX_NESTING and not out:
                    for info in infos:
                        if info.flag_bits & 0x1 or info.file_size > 20_000_000:
                            continue
                        if info.filename.lower().rsplit(".", 1)[-1] in ("zip", "docx", "xlsx", "jar"):
                            nested = self._judge(zf.read(info), info.filename, depth + 1)
                            out += [v for v in nested if v.category == t.DANGEROUS_FILE]
                        else:
                            head = zf.open(info).read(8)
                            if sniff(head) in _EXECUTABLE_KINDS:
                                out.append(_Verdict(t.DANGEROUS_FILE,
                                    f"压缩包内文件 {info.filename} 是可执行程序。",
                                    f"{info.filename} inside the archive is an executable."))  # fmt: skip
                                break
        except (zipfile.BadZipFile, OSError, RuntimeError, NotImplementedError, EOFError):
            out.append(_Verdict(t.FILE_MISMATCH, "压缩包已损坏，无法检查。",
                                "The archive is damaged and cannot be checked."))  # fmt: skip
        return out

    def _member(self, member: str) -> _Verdict | None:
        base = member.lower().rstrip("/").rsplit("/", 1)[-1]
        ext = base.rsplit(".", 1)[-1] if "." in base else ""
        if ext in self.executable or ext in self.script - {"html", "htm", "svg", "xhtml"}:
            return _Verdict(t.DANGEROUS_FILE, f"压缩包内含可执行文件或脚本（{base}）。",
                            f"The archive contains an executable or script ({base}).")  # fmt: skip
        return None

    def _tar(self, data: bytes, depth: int) -> list[_Verdict]:
        try:
            with tarfile.open(fileobj=io.BytesIO(data), mode="r:*") as tf:
                for i, member in enumerate(tf):
                    if i > _MAX_MEMBERS:
                        break
                    verdict = self._member(member.name)
                    if verdict is None and member.isfile() and member.mode & 0o111:
                        verdict = _Verdict(t.DANGEROUS_FILE, f"压缩包内含可执行文件（{member.name}）。",
                                           f"The archive contains an executable ({member.name}).")  # fmt: skip
                    if verdict:
                        return [verdict]
        except (tarfile.TarError, OSError, EOFError):
            return []  # a plain gzip of one file: judged by the name alone
        return []

    def _opaque_archive(self, data: bytes, kind: str) -> list[_Verdict]:
        # RAR and 7z listings need external decoders; RAR stores member names in clear, so look
        # for a dangerous extension there, and otherwise only warn that it was not inspected.
        names = re.findall(rb"[\w\-. ]{1,100}\.([A-Za-z0-9]{2,4})(?=[\x00-\x1f])", data[:1_000_000])
        for ext in names:
            e = ext.decode("ascii", "ignore").lower()
            if e in self.executable or e in self.script - {"html", "htm", "svg"}:
                return [_Verdict(t.DANGEROUS_FILE, f"{kind}压缩包内含可执行文件（.{e}）。",
                                 f"The {kind} archive contains an executable (.{e}).")]  # fmt: skip
        return [_Verdict(t.FILE_MISMATCH, f"{kind}压缩包无法检查内容，请让买家改发图片。",
                         f"The {kind} archive cannot be inspected; ask for plain images instead.",
                         "warn")]  # fmt: skip


# "photo.jpg.exe": a harmless-looking inner extension in front of a dangerous one.
_DOC_EXTS = frozenset({"jpg", "jpeg", "png", "gif", "pdf", "doc", "docx", "xls", "xlsx", "txt",
                       "mp4", "mov", "webp", "bmp", "zip", "rar", "csv", "ppt", "pptx"})  # fmt: skip


def _ole_has_macros(data: bytes) -> bool:
    # Directory entries are UTF-16LE names; a VBA project lives in "_VBA_PROJECT" / "VBA" storages
    # ([MS-OVBA] 2.2), and Excel 4 macro sheets leave "Macros" too.
    return any(
        marker.encode("utf-16-le") in data
        for marker in ("_VBA_PROJECT", "VBA", "Macros", "PROJECTwm")
    )


def _magic_ok(data: bytes, kind: str, expected: list[str]) -> bool:
    for hexmagic in expected:
        if hexmagic == "any":
            return True
        if hexmagic == "text":
            if kind == "text":
                return True
            continue
        if data.startswith(bytes.fromhex(hexmagic)):
            return True
    return False
