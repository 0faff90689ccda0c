"""The house's layers: the domain core loads no framework, and the contracts are enforced."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[2]
PURE = (
    "tracker.deadlines",
    "tracker.minutes",
    "tracker.rules",
    "tracker.text",
    "tracker.reports.chart",
    "tracker.workdays.schedule",
    "tracker.workdays.absence",
)


@pytest.mark.parametrize("module", PURE)
def test_the_domain_core_imports_neither_flask_nor_sqlalchemy(module):
    code = (
        f"import sys, {module}; "
        "loaded = sorted(m for m in ('flask', 'sqlalchemy', 'flask_sqlalchemy', 'tracker.models') "
        "if m in sys.modules); print(loaded); sys.exit(1 if loaded else 0)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, f"{module} loads {result.stdout.strip()} {result.stderr}"


def test_the_import_contracts_hold():
    linter = Path(sys.executable).parent / "lint-imports"
    result = subprocess.run(
        [str(linter), "--no-cache"], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0 and "BROKEN" not in result.stdout, result.stdout[-3000:]
