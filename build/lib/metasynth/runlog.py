"""Logging for rule entry points: messages and any traceback go to the rule's log file."""

from __future__ import annotations

import contextlib
import logging
import traceback
from pathlib import Path


@contextlib.contextmanager
def logged(log_path: str, name: str = "metasynth"):
    """Yield a logger writing to ``log_path``; an exception is logged, then re-raised."""
    Path(log_path).parent.mkdir(parents=True, exist_ok=True)
    logger = logging.getLogger(f"{name}:{log_path}")
    logger.setLevel(logging.INFO)
    handler = logging.FileHandler(log_path, mode="w", encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(levelname)s %(message)s"))
    logger.addHandler(handler)
    try:
        yield logger
    except BaseException:
        logger.error(traceback.format_exc())
        raise
    finally:
        handler.close()
        logger.removeHandler(handler)
