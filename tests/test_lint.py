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


def _top_level_names(tree) -> list[tuple[str, int]]:
    """(name, line) of each top-level function, class and assignment of a module, but an
    assignment that reads the name it rebinds ("X = X | more")."""
    import ast

    out = []
    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.ClassDef)):
            out.append((node.name, node.lineno))
        elif isinstance(node, (ast.Assign, ast.AnnAssign)) and node.value is not None:
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            read = {n.id for n in ast.walk(node.value) if isinstance(n, ast.Name)}
            out += [
                (t.id, node.lineno) for t in targets if isinstance(t, ast.Name) and t.id not in read
            ]
    return out


def test_no_module_silently_rebinds_a_top_level_name():
    # a second pattern given the name of an earlier one replaces it for every function that
    # reads it (a new "_LIST_JOINER_RE" once changed which trial names pages cited)
    import ast

    clashes = []
    for path in sorted((ROOT / "scripts" / "metasynth").glob("*.py")):
        seen: dict[str, int] = {}
        for name, line in _top_level_names(ast.parse(path.read_text())):
            if name in seen:
                clashes.append(f"{path.name}: {name} at lines {seen[name]} and {line}")
            seen[name] = line
    assert not clashes, "\n".join(clashes)
