"""Where an analysis' results live under the results folder, so that results of analyses
no longer in the config can be found and removed (results/ mirrors the config)."""

from __future__ import annotations

import shutil
from pathlib import Path

# Folders holding one sub-folder per analysis, and files named after an analysis.
ANALYSIS_FOLDERS = ("05_pooled", "06_figures")
ANALYSIS_FILES = ("harmonised", "decision_effects/analysis")


def analysis_results(results_dir: str | Path) -> dict[str, list[Path]]:
    """Analysis name -> its folders and files (with their check files) under ``results_dir``."""
    results = Path(results_dir)
    found: dict[str, list[Path]] = {}
    for folder in ANALYSIS_FOLDERS:
        for path in sorted((results / folder).glob("*")):
            if path.is_dir():
                found.setdefault(path.name, []).append(path)
    for folder in ANALYSIS_FILES:
        for path in sorted((results / folder).glob("*.csv")):
            found.setdefault(path.stem, []).append(path)
            check = path.with_name(f".{path.name}.check")
            if check.exists():
                found[path.stem].append(check)
    return found


def remove_unconfigured_results(results_dir: str | Path, analyses) -> list[Path]:
    """Delete the results of every analysis not in ``analyses``; return what was removed."""
    removed = []
    for name, paths in sorted(analysis_results(results_dir).items()):
        if name in analyses:
            continue
        for path in paths:
            if path.is_dir():
                shutil.rmtree(path)
            else:
                path.unlink()
            removed.append(path)
    return removed
