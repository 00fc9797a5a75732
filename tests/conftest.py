"""Test configuration: the library lives in scripts/, next to the rule entry points."""

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))


def pytest_configure(config):
    config.addinivalue_line("markers", "slow: runs the whole workflow or another long task")
    config.addinivalue_line("markers", "slurm: needs a local Slurm cluster")
