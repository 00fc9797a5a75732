"""Long report tables are cut with a note naming the file that lists every row."""

from metasynth.report import _shown


def test_rows_beyond_the_limit_are_named_not_dropped_silently():
    rows = list(range(1200))
    shown, note = _shown(rows, 500, "estimates", "02_estimates.csv")
    assert shown == rows[:500]
    assert "first 500 of 1200 estimates" in note and "02_estimates.csv" in note
    assert _shown(rows[:10], 500, "estimates", "02_estimates.csv") == (rows[:10], "")
