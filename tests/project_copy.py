"""Copies of the project for tests and benchmarks that run the workflow elsewhere."""

from __future__ import annotations

import hashlib
import shutil
import subprocess
import sys
from pathlib import Path

from metasynth.tables import read_rows

ROOT = Path(__file__).resolve().parents[1]
# What a run needs besides its documents.
WORKFLOW_PARTS = ("Snakefile", "environment.yml", "config", "workflow", "scripts")
SNAKEMAKE = [sys.executable, "-m", "snakemake"]


def run_snakemake(project: Path, *args, check=True) -> subprocess.CompletedProcess:
    """``snakemake --cores 2 ARGS`` in ``project``; with ``check``, a failure shows its output."""
    result = subprocess.run(
        SNAKEMAKE + ["--cores", "2", *args],
        cwd=project,
        capture_output=True,
        text=True,
        timeout=900,
    )
    if check and result.returncode != 0:
        raise AssertionError(
            f"snakemake {args} failed:\n{result.stdout[-4000:]}\n{result.stderr[-6000:]}"
        )
    return result


def read_csv(path: Path) -> list[dict]:
    """A contract table as the stages read it (strict: a damaged row or a table that is not
    the one its producer wrote fails with the file and line)."""
    return read_rows(path)


def copy_project(dest: Path, seeds: bool = True) -> Path:
    """The workflow files (and, with ``seeds``, the seed documents) copied into ``dest``."""
    dest.mkdir(parents=True, exist_ok=True)
    for name in WORKFLOW_PARTS + (("seeds",) if seeds else ()):
        src = ROOT / name
        if src.is_dir():
            shutil.copytree(src, dest / name, ignore=shutil.ignore_patterns("__pycache__"))
        elif src.exists():
            shutil.copy2(src, dest / name)
    return dest


def digests(folder: Path) -> dict[str, str]:
    """SHA-256 of every file below ``folder``, by relative path."""
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }
