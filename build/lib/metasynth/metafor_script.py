"""An R script and its data that reproduce an analysis' pooled.csv with metafor.

Anyone can check the numbers in the tool they trust: ``Rscript metafor.R`` in
``results/05_pooled/{analysis}/`` refits every model of ``pooled.csv`` with
``rma(yi, sei=sei, method=..., test=...)`` on ``metafor_data.csv`` (the studies pooled,
as in ``weights.csv``) and prints one line per model in the columns of ``pooled.csv``.
"""

from __future__ import annotations

DATA_COLUMNS = ["study_id", "label", "estimate_id", "yi", "sei"]

HEADER = """\
# Reproduces pooled.csv of analysis {name!r} with R's metafor:
#   Rscript metafor.R   (in this folder; needs install.packages("metafor"))
# One line per model of pooled.csv: model, method, test, k, estimate, ci_lower, ci_upper,
# pi_lower, pi_upper, tau2, I2, Q, p_value (estimate and intervals on the ratio scale).
# metafor switches test "knha" to "z" when k = 1, as pooled.csv does.
suppressMessages(library(metafor))
args <- commandArgs(trailingOnly = FALSE)
file_arg <- grep("^--file=", args, value = TRUE)
here <- if (length(file_arg)) dirname(sub("^--file=", "", file_arg[1])) else "."
dat <- read.csv(file.path(here, "metafor_data.csv"))
cat("model,method,test,k,estimate,ci_lower,ci_upper,pi_lower,pi_upper,tau2,I2,Q,p_value\\n")
fmt <- function(x) if (is.null(x) || length(x) == 0 || is.na(x)) "" else sprintf("%.15g", x)
report <- function(model, method, test, fit) {{
  pr <- predict(fit, transf = exp)
  pi_lb <- if (is.null(pr$pi.lb)) pr$ci.lb else pr$pi.lb
  pi_ub <- if (is.null(pr$pi.ub)) pr$ci.ub else pr$pi.ub
  cat(paste(model, method, test, fit$k, fmt(exp(fit$b[1])), fmt(exp(fit$ci.lb)), fmt(exp(fit$ci.ub)),
            fmt(pi_lb), fmt(pi_ub), fmt(fit$tau2), fmt(fit$I2), fmt(fit$QE), fmt(fit$pval), sep = ","), "\\n",
      sep = "")
}}
"""

FIT = """\
report("{model}", "{method}", "{test}", suppressWarnings(rma(yi, sei = sei, data = dat, method = "{rma_method}",
       test = "{test}", level = {level_percent:g})))
"""

EMPTY = """\
cat("# no study was pooled in this analysis (k = 0): nothing to fit\\n")
"""


def metafor_script(name: str, pooled_rows: list[dict], n_studies: int, level: float) -> str:
    """The R script for one analysis; its models are those of ``pooled_rows``."""
    parts = [HEADER.format(name=name)]
    if n_studies == 0:
        parts.append(EMPTY)
        return "".join(parts)
    seen = set()
    for row in pooled_rows:
        spec = (row["model"], row["method"], row["test"])
        if spec in seen:
            continue
        seen.add(spec)
        rma_method = "EE" if row["model"] == "fixed" else row["method"]
        parts.append(
            FIT.format(
                model=row["model"],
                method=row["method"],
                test=row["test"],
                rma_method=rma_method,
                level_percent=100 * level,
            )
        )
    return "".join(parts)


def metafor_data(weights_rows: list[dict]) -> list[dict]:
    """The rows of metafor_data.csv: the studies pooled, in the order of weights.csv."""
    return [{c: w.get(c, "") for c in DATA_COLUMNS} for w in weights_rows]
