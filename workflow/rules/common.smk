# Shared helpers: config validation, document listing and sharding, output paths.
import glob
import hashlib
import os
import sys
from pathlib import Path

from metasynth.config import ConfigError, check_config_files, validate_config
from metasynth.decisions import SheetError, load_decisions, load_manual_estimates
from metasynth.seeds import list_seeds, manifest_line
from metasynth.tables import table_problem

# The workflow's own folder (this file is in workflow/rules/), which is not the working
# directory when the workflow is used as a module of another project.
RULES_DIR = workflow.current_basedir.get_path_or_uri(secret_free=True)
WORKFLOW_DIR = Path(RULES_DIR).parents[1]


def workflow_file(*parts):
    """A file of the workflow as a path relative to the working directory: rule inputs
    then name the same files after the project (or the module's folder beside it) is
    moved or copied, so nothing reruns."""
    return os.path.relpath(WORKFLOW_DIR.joinpath(*parts))


try:
    check_config_files(workflow.configfiles)
    config = validate_config(
        config, WORKFLOW_DIR / "workflow" / "schemas" / "config.schema.yaml"
    )
except ConfigError as error:
    raise WorkflowError(str(error)) from None

SCHEMAS = workflow_file("workflow", "schemas")
DECISIONS_FILE = config["decisions"]["decisions_file"]
MANUAL_FILE = config["decisions"]["manual_estimates_file"]
try:
    # The reviewer's sheets are checked before any rule runs, like the config.
    load_decisions(
        DECISIONS_FILE, f"{SCHEMAS}/decisions.schema.yaml", set(config["analyses"])
    )
    load_manual_estimates(MANUAL_FILE, f"{SCHEMAS}/manual_estimates.schema.yaml")
except SheetError as error:
    raise WorkflowError(str(error)) from None


def sheet(path):
    """A reviewer's sheet as an input when it exists (a missing sheet means no decisions)."""
    return [path] if os.path.exists(path) else []


SEEDS = config["seeds_dir"]
RESULTS = config["results_dir"]
N_SHARDS = config["batching"]["shards"]
ANALYSES = sorted(config["analyses"])
LIB = workflow_file("scripts", "metasynth")


wildcard_constraints:
    shard=r"\d{4}",
    analysis=r"[A-Za-z0-9][A-Za-z0-9_-]*",


def lib(*modules):
    """Library modules a rule depends on, so changing the code reruns the rule.

    A module may be split into helpers named after it (pooling.py, pooling_*.py).
    """
    files = []
    for m in ("__init__", "tables", "runlog") + modules:
        files.append(f"{LIB}/{m}.py")
        files.extend(sorted(glob.glob(f"{LIB}/{m}_*.py")))
    return files


MANIFESTS = ".metasynth/manifests"
# per shard, what its parse and extract jobs worked out per document (metasynth.cache)
CACHE = ".metasynth/cache"


def list_documents():
    """doc_id -> entry (see metasynth.seeds) for every name in the seeds folder."""
    if not os.path.isdir(SEEDS):
        raise WorkflowError(f"config key seeds_dir: folder {SEEDS!r} does not exist")
    try:
        return list_seeds(SEEDS)
    except OSError as error:
        raise WorkflowError(
            f"config key seeds_dir: folder {SEEDS!r} cannot be listed ({error.strerror})"
        ) from None


def shard_of(doc_id):
    """Stable shard of a document: the same doc_id always lands in the same shard."""
    digest = hashlib.sha256(doc_id.encode("utf-8")).hexdigest()
    return f"{int(digest[:12], 16) % N_SHARDS:04d}"


def write_if_changed(path, text):
    """Rewrite a file only when its content changes, so its mtime means 'changed'."""
    try:
        with open(path, encoding="utf-8") as handle:
            if handle.read() == text:
                return
    except FileNotFoundError:
        os.makedirs(os.path.dirname(path), exist_ok=True)
    tmp = f"{path}.{os.getpid()}.tmp"
    with open(tmp, "w", encoding="utf-8", newline="\n") as handle:
        handle.write(text)
    os.replace(tmp, path)


def write_shard_manifests(documents):
    """One manifest per shard listing its documents with size and mtime.

    parse_documents depends on its shard's manifest instead of on every document:
    Snakemake then tracks a handful of files rather than thousands (no-op reruns
    stay fast), and a manifest changes exactly when a document of its shard is
    edited, added or removed, so only that shard is parsed again. Only shards that
    hold a document are scheduled: more shards than documents cost no empty jobs.
    """
    lines = {}
    for doc_id, entry in documents.items():
        lines.setdefault(shard_of(doc_id), []).append(manifest_line(entry))
    for shard, rows in lines.items():
        write_if_changed(f"{MANIFESTS}/{shard}.jsonl", "".join(sorted(rows)))
    return sorted(lines)


def remove_damaged_tables():
    """Delete every table under the results folder that differs from what its producer
    wrote (truncated, edited): Snakemake then writes it again, and everything after it.
    """
    for check in glob.glob(f"{RESULTS}/**/.*.check", recursive=True):
        table = os.path.join(os.path.dirname(check), os.path.basename(check)[1:-6])
        problem = table_problem(table)
        if problem:
            print(f"metasynth: {problem}; it will be regenerated", file=sys.stderr)
            os.remove(table)
            os.remove(check)


DOCUMENTS = list_documents()
SHARDS = write_shard_manifests(DOCUMENTS)
# Only the main process: a job started by a cluster executor reads this file too, while
# other jobs may be writing tables.
if workflow.is_main_process:
    remove_damaged_tables()


def analysis_params(wildcards):
    return config["analyses"][wildcards.analysis]


def pooled_files(analysis):
    return {
        name: f"{RESULTS}/05_pooled/{analysis}/{name}.csv"
        for name in (
            "pooled",
            "weights",
            "leave_one_out",
            "cumulative",
            "subgroups",
            "small_study_tests",
        )
    }


def pooled_outputs(analysis):
    """pooled_files, with pooled.csv marked for `snakemake --report`."""
    files = pooled_files(analysis)
    files["pooled"] = report(
        files["pooled"],
        caption="../report/pooled.rst",
        category="Pooled estimates",
        subcategory="{analysis}",
    )
    return files


FIGURES = {
    "forest": ("png", "svg", "pdf"),
    "funnel": ("png", "svg"),
    "leave_one_out": ("png", "svg"),
}


def figure_files(analysis):
    return [
        f"{RESULTS}/06_figures/{analysis}/{name}.{ext}"
        for name, exts in FIGURES.items()
        for ext in exts
    ]


def report_analysis_files(analysis):
    """The tables and figures of one analysis that the report shows, by name."""
    files = pooled_files(analysis)
    for name in FIGURES:
        files[f"{name}_figure"] = f"{RESULTS}/06_figures/{analysis}/{name}.svg"
    return files


def all_outputs():
    files = [
        f"{RESULTS}/01_documents.csv",
        f"{RESULTS}/02_estimates.csv",
        f"{RESULTS}/03_studies.csv",
        f"{RESULTS}/04_harmonised.csv",
        f"{RESULTS}/decisions.csv",
        f"{RESULTS}/flow.csv",
        f"{RESULTS}/report.html",
        f"{RESULTS}/analyses.txt",
    ]
    for analysis in ANALYSES:
        files += list(pooled_files(analysis).values()) + figure_files(analysis)
        files += [
            f"{RESULTS}/05_pooled/{analysis}/metafor.R",
            f"{RESULTS}/05_pooled/{analysis}/metafor_data.csv",
        ]
    return files
