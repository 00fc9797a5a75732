"""Test configuration: markers. The library is the installed metasynth package."""


def pytest_configure(config):
    config.addinivalue_line("markers", "slow: runs the whole workflow or another long task")
    config.addinivalue_line("markers", "slurm: needs a local Slurm cluster")
