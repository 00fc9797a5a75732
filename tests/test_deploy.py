"""The workflow used from elsewhere: as a Snakemake module of another folder, after the
project is moved or copied, and after the config drops an analysis."""

import re
import shutil
from pathlib import Path

import pytest
import yaml
from project_copy import copy_project, digests, run_snakemake

ROOT = Path(__file__).resolve().parents[1]
NOTHING_TO_DO = "Nothing to be done"

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def project(tmp_path_factory):
    project = copy_project(tmp_path_factory.mktemp("deploy") / "metasynth")
    run_snakemake(project)
    return project


def module_snakefile(workflow: Path) -> str:
    return (
        'configfile: "config/config.yaml"\n'
        "module metasynth:\n"
        f'    snakefile: "{workflow / "Snakefile"}"\n'
        "    config: config\n"
        "use rule * from metasynth\n"
    )


def test_a_folder_using_the_workflow_as_a_module_gets_the_same_results(project, tmp_path):
    user = tmp_path / "review"
    user.mkdir()
    shutil.copytree(project / "config", user / "config")
    shutil.copytree(project / "seeds", user / "seeds")
    (user / "Snakefile").write_text(module_snakefile(project))
    run_snakemake(user)
    assert digests(user / "results") == digests(project / "results")
    assert NOTHING_TO_DO in run_snakemake(user, "-n").stdout


@pytest.mark.parametrize("how", ["moved", "copied"])
def test_a_moved_or_copied_project_has_nothing_to_rerun(project, tmp_path, how):
    copy = tmp_path / "elsewhere" / "project"
    # copytree keeps modification times, as `cp -a` and `mv` do
    shutil.copytree(project, copy, symlinks=True)
    if how == "moved":
        moved = tmp_path / "moved"
        copy.rename(moved)
        copy = moved
    dry = run_snakemake(copy, "-n")
    assert NOTHING_TO_DO in dry.stdout, dry.stdout[-3000:]


def test_rule_inputs_name_no_absolute_path(project):
    dry = run_snakemake(project, "-n", "-F", "--printshellcmds")
    inputs = [line for line in dry.stdout.splitlines() if line.strip().startswith("input:")]
    assert len(inputs) > 10
    absolute = [line for line in inputs if re.search(r"(^|[ ,:])/", line)]
    assert absolute == []


def test_results_of_an_analysis_removed_from_the_config_are_removed(project, tmp_path):
    copy = tmp_path / "project"
    shutil.copytree(project, copy, symlinks=True)
    config_file = copy / "config" / "config.yaml"
    config = yaml.safe_load(config_file.read_text())
    dropped = "sorafenib_os"
    del config["analyses"][dropped]
    config_file.write_text(yaml.safe_dump(config, sort_keys=False))
    assert any(dropped in name for name in digests(copy / "results"))
    run_snakemake(copy)
    left = [name for name in digests(copy / "results") if dropped in name]
    assert left == []
    assert (copy / "results" / "analyses.txt").read_text() == "sorafenib_progression\n"
    log = (copy / "logs" / "prune_results.log").read_text()
    assert re.search(rf"removed \S*05_pooled/{dropped}\b", log), log
    # and the remaining analysis is as a run with that config from scratch makes it
    fresh = copy_project(tmp_path / "fresh")
    shutil.copy2(config_file, fresh / "config" / "config.yaml")
    run_snakemake(fresh)
    assert digests(fresh / "results") == digests(copy / "results")


def test_config_readme_describes_every_setting():
    schema = yaml.safe_load((ROOT / "workflow" / "schemas" / "config.schema.yaml").read_text())
    readme = (ROOT / "config" / "README.md").read_text()
    keys = []
    for key, spec in schema["properties"].items():
        if spec.get("type") == "object" and "properties" in spec:
            keys += [f"{key}.{sub}" for sub in spec["properties"]]
        else:
            keys.append(key)
    keys += list(schema["$defs"]["analysis"]["properties"])
    missing = [key for key in keys if f"| `{key}` |" not in readme]
    assert missing == []
