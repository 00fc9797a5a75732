"""Tooling in the loop: the linters and formatters pass on the whole project, and CI runs
exactly the README's install and test command."""

import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def run(*args) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", *args], cwd=ROOT, capture_output=True, text=True, timeout=300
    )


@pytest.mark.parametrize(
    "command",
    [
        ("ruff", "check", "--no-cache", "."),
        ("ruff", "format", "--no-cache", "--check", "."),
        ("snakefmt", "--check", "."),
    ],
    ids=["ruff-check", "ruff-format", "snakefmt"],
)
def test_linter_is_clean(command):
    result = run(*command)
    assert result.returncode == 0, result.stdout[-6000:] + result.stderr[-3000:]


def test_snakemake_lint_is_clean():
    result = run("snakemake", "--lint", "--dry-run")
    output = result.stdout + result.stderr
    assert result.returncode == 0, output[-6000:]
    assert "Lints for" not in output, output[-6000:]


def test_ci_runs_the_readme_test_command():
    readme = (ROOT / "README.md").read_text()
    command = re.search(r"# 2\. install and run the tests\n(.+)\n", readme).group(1)
    ci = [line for line in (ROOT / ".ci" / "run").read_text().splitlines() if line]
    assert ci[-1] == command
