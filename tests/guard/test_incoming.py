"""Incoming messages and files: phishing, requests to move the chat, dangerous attachments."""

from __future__ import annotations

import pytest

from kefu.guard import check, check_file
from tests.guard import filegen


@pytest.mark.parametrize(
    "url",
    [
        "http://taobao-verify.com/login",
        "http://tmaII.com/shop",
        "http://xn--tobao-2qa.com/item",
        "http://47.96.12.8/refund",
        "https://аliexpress.com/login",  # Cyrillic а
        "http://paypa1.com",
        "http://files.example.top/invoice.exe",
    ],
)
def test_phishing_links_are_blocked(url: str) -> None:
    result = check(f"请查看 {url}", direction="in")
    (finding,) = [f for f in result.findings if f.category == "phishing_link"]
    assert finding.severity == "block"


def test_shortener_is_a_warning_unless_a_lure_comes_with_it() -> None:
    assert check("看看 https://bit.ly/abc", direction="in").findings[0].severity == "warn"
    lured = check("您的店铺涉嫌违规，请点击链接登录申诉 https://bit.ly/abc", direction="in")
    assert {f.category for f in lured.findings} == {"phishing_link", "phishing_lure"}
    assert lured.blocked


@pytest.mark.parametrize(
    "text",
    [
        "https://item.taobao.com/item.htm?id=712345678901 这个有货吗",
        "Tracking: https://t.17track.net/en#nums=LP00412345678901",
        "https://www.aliexpress.com/item/1005006123456789.html",
    ],
)
def test_official_and_tracking_links_pass(text: str) -> None:
    assert check(text, direction="in").findings == ()


def test_buyer_asking_to_move_the_chat_is_a_warning() -> None:
    result = check("能加个微信吗？", direction="in")
    assert [f.category for f in result.findings] == ["move_chat"]
    assert not result.blocked


def test_executable_disguised_as_pdf_is_dangerous_and_mismatched() -> None:
    result = check_file(filegen.pe_executable(), "invoice.pdf")
    assert result.categories == {"dangerous_file", "file_mismatch"}
    assert result.blocked


def test_ooxml_with_vba_project_is_dangerous_even_named_docx() -> None:
    assert check_file(filegen.docx(with_macros=True), "contract.docx").blocked
    assert check_file(filegen.docx(), "contract.docx").findings == ()


def test_ole_document_with_macros_is_dangerous() -> None:
    assert check_file(filegen.ole_document(with_macros=True), "invoice.doc").blocked
    assert check_file(filegen.ole_document(), "invoice.doc").findings == ()


def test_archive_with_an_executable_inside_is_dangerous() -> None:
    data = filegen.zip_of({"photo.jpg": filegen.jpeg(), "photo.jpg.exe": filegen.pe_executable()})
    assert check_file(data, "photos.zip").blocked
    clean = filegen.zip_of({"photo.jpg": filegen.jpeg()})
    assert check_file(clean, "photos.zip").findings == ()


def test_image_named_file_with_other_content_is_a_mismatch_warning() -> None:
    result = check_file(filegen.pdf(), "photo.jpg")
    assert [f.category for f in result.findings] == ["file_mismatch"]
    assert not result.blocked


def test_reasons_of_file_findings_are_in_the_agent_language() -> None:
    zh = check_file(filegen.pe_executable(), "setup.exe", agent_lang="zh-Hans").findings[0].reason
    en = check_file(filegen.pe_executable(), "setup.exe", agent_lang="en").findings[0].reason
    assert "危险文件" in zh and "Dangerous file" in en
