"""The per-document cache of the parse and extract jobs (metasynth.cache)."""

import json

import pytest

from metasynth import cache
from metasynth.cache import ShardCache


def test_a_stored_result_comes_back_as_computed_and_only_under_its_key(tmp_path):
    path = tmp_path / "0001.jsonl"
    first = ShardCache(path, "extract")
    rows = [{"doc_id": "d1", "value": 0.69, "n": 3, "quote": "HR 0.69\t(0.5-0.9)\n", "x": None}]
    key = first.key("d1", "digest-of-text", {"title": "A"}, None)
    assert first.get(key) is None
    first.put(key, rows)
    rows[0]["value"] = 99.0  # a later change to the objects does not reach the cache
    first.save()

    again = ShardCache(path, "extract")
    found = again.get(key)
    assert found == [
        {"doc_id": "d1", "value": 0.69, "n": 3, "quote": "HR 0.69\t(0.5-0.9)\n", "x": None}
    ]
    assert type(found[0]["n"]) is int and type(found[0]["value"]) is float
    # any other part of the key misses: another text, row, kind of job
    assert again.get(again.key("d1", "another-digest", {"title": "A"}, None)) is None
    assert again.get(again.key("d1", "digest-of-text", {"title": "B"}, None)) is None
    assert ShardCache(path, "parse").get(key.replace(key[0], "0" if key[0] != "0" else "1")) is None
    assert (again.hits, again.misses) == (1, 2)


def test_the_file_keeps_only_the_documents_of_this_run(tmp_path):
    path = tmp_path / "0002.jsonl"
    first = ShardCache(path, "parse")
    keys = [first.key(f"d{i}", "file", f"sha{i}") for i in range(3)]
    for k in keys:
        first.put(k, [[{"doc_id": k}, "text", None]])
    first.save()
    second = ShardCache(path, "parse")
    assert second.get(keys[0]) is not None  # d1 and d2 have left the shard
    second.save()
    lines = path.read_text(encoding="utf-8").splitlines()
    assert [line.split("\t")[0] for line in lines] == [keys[0]]


def test_a_new_version_of_the_code_misses_everything(tmp_path, monkeypatch):
    path = tmp_path / "0003.jsonl"
    first = ShardCache(path, "extract")
    key = first.key("d1", "t")
    first.put(key, [])
    first.save()
    monkeypatch.setattr(cache, "code_version", lambda: "another version")
    later = ShardCache(path, "extract")
    assert later.key("d1", "t") != key
    assert later.get(later.key("d1", "t")) is None


@pytest.mark.parametrize(
    "content",
    [b"not\ta cache line\n", b"\xff\xfe broken bytes", b"0" * 64 + b"\t{not json\n"],
)
def test_a_damaged_file_is_ignored_and_replaced(tmp_path, content):
    path = tmp_path / "0004.jsonl"
    path.write_bytes(content)
    damaged = ShardCache(path, "parse")
    key = damaged.key("d1")
    assert damaged.get(key) is None and damaged.get("0" * 64) is None
    damaged.put(key, [1])
    damaged.save()
    assert ShardCache(path, "parse").get(key) == [1]


def test_no_path_means_no_cache(tmp_path):
    none = ShardCache(None, "parse")
    key = none.key("d1")
    none.put(key, [1])
    none.save()
    assert none.get(key) is None
    assert list(tmp_path.iterdir()) == []


def test_the_code_version_covers_the_vocabulary_and_every_module():
    version = cache.code_version()
    assert len(version) == 64 and int(version, 16) >= 0
    files = {
        p.relative_to(cache.PACKAGE).as_posix() for p in cache.PACKAGE.rglob("*") if p.is_file()
    }
    assert "data/outcomes.yaml" in files and "extraction.py" in files
    assert json.loads(json.dumps(version)) == version
