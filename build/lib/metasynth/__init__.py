"""metasynth: from clinical-trial documents to an audited random-effects meta-analysis.

Plain modules with pure functions; nothing here imports snakemake, so tests and
other programs use the library directly.
"""

__version__ = "0.1.0"
