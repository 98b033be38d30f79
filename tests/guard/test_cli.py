"""`kefu guard check` prints exactly one JSON object; `kefu guard report` prints the table."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from kefu.cli import app
from tests.guard import filegen

runner = CliRunner()


def test_check_text_prints_one_json_object() -> None:
    result = runner.invoke(app, ["guard", "check", "--text", "这款在淘宝更贵，绝对正品", "--platform", "jd", "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert list(data) == ["findings"]
    assert [(f["category"], f["severity"]) for f in data["findings"]] == [
        ("competitor_platform", "block"), ("absolute_claim", "block"),
    ]
    assert set(data["findings"][0]) == {"category", "severity", "start", "end", "reason", "suggestion"}


def test_check_incoming_direction() -> None:
    result = runner.invoke(app, ["guard", "check", "--text", "http://ta0bao.com/login", "--direction", "in", "--json"])
    assert json.loads(result.output)["findings"][0]["category"] == "phishing_link"


def test_check_file(tmp_path: Path) -> None:
    path = tmp_path / "photo.jpg.exe"
    path.write_bytes(filegen.pe_executable())
    data = json.loads(runner.invoke(app, ["guard", "check", "--file", str(path), "--json"]).output)
    assert {f["category"] for f in data["findings"]} == {"dangerous_file"}


def test_report_json_has_precision_and_recall_per_category() -> None:
    result = runner.invoke(app, ["guard", "report", "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["cases"] >= 400
    assert {"precision", "recall", "support"} <= set(data["categories"]["off_platform"])
