# Reference computation for the replication case
#   Zannad F, et al. Lancet 2020;396:819-829 -- SGLT2 inhibitors in HFrEF,
#   meta-analysis of EMPEROR-Reduced and DAPA-HF; primary endpoint: death from any cause.
# Inputs: gold.csv (HR with 95% CI as printed in the trial reports, 2 decimals).
# Run:  Rscript reference.R   (from this folder)   -> reference_output.txt, reference.csv

suppressPackageStartupMessages(library(metafor))
options(digits = 15)

here <- tryCatch(dirname(normalizePath(sub("^--file=", "",
          grep("^--file=", commandArgs(FALSE), value = TRUE)[1]))),
          error = function(e) ".")
gold <- read.csv(file.path(here, "gold.csv"), stringsAsFactors = FALSE)

z <- qnorm(0.975)
g15 <- function(x) trimws(formatC(x, digits = 15, format = "g"))
gold$yi  <- log(gold$value)
gold$sei <- (log(gold$ci_upper) - log(gold$ci_lower)) / (2 * z)

cat("metafor version:", as.character(packageVersion("metafor")), "\n")
cat(R.version.string, "\n\n")
cat("Per-trial inputs (yi = log HR, sei from the 95% CI):\n")
for (i in seq_len(nrow(gold))) {
  cat(sprintf("  %-16s HR %.2f (%.2f-%.2f)  yi = %s  sei = %s\n", gold$trial[i],
              gold$value[i], gold$ci_lower[i], gold$ci_upper[i],
              trimws(formatC(gold$yi[i], digits = 15, format = "g")),
              trimws(formatC(gold$sei[i], digits = 15, format = "g"))))
}
cat("\n")

fit_one <- function(method) {
  f <- rma(yi = gold$yi, sei = gold$sei, method = method, test = "z", level = 95)
  c(estimate = exp(as.numeric(f$beta)), ci_lower = exp(f$ci.lb), ci_upper = exp(f$ci.ub),
    tau2 = f$tau2, I2 = f$I2, QE = f$QE, QEp = f$QEp, se = f$se, zval = f$zval, pval = f$pval)
}

methods <- c(FE = "FE", DL = "DL", REML = "REML")
labels  <- c(FE = "fixed-effect (inverse variance)", DL = "random-effects DerSimonian-Laird",
             REML = "random-effects REML")
res <- lapply(methods, fit_one)

for (m in names(methods)) {
  r <- res[[m]]
  cat(sprintf("== %s (method = \"%s\") ==\n", labels[[m]], methods[[m]]))
  cat("  HR estimate :", g15(r["estimate"]), "\n")
  cat("  95% CI      :", g15(r["ci_lower"]), "to", g15(r["ci_upper"]), "\n")
  cat("  tau2        :", g15(r["tau2"]), "\n")
  cat("  I2 (%)      :", g15(r["I2"]), "\n")
  cat("  Q           :", g15(r["QE"]), " p =", g15(r["QEp"]), "\n")
  cat("  se(log HR)  :", g15(r["se"]), "  z =", g15(r["zval"]), "  p =", g15(r["pval"]), "\n")
  cat(sprintf("  rounded     : HR %.2f (95%% CI %.2f-%.2f)\n\n",
              r["estimate"], r["ci_lower"], r["ci_upper"]))
}

out <- data.frame(
  model    = unname(labels[names(methods)]),
  method   = unname(methods),
  estimate = sapply(res, function(r) g15(r["estimate"])),
  ci_lower = sapply(res, function(r) g15(r["ci_lower"])),
  ci_upper = sapply(res, function(r) g15(r["ci_upper"])),
  tau2     = sapply(res, function(r) g15(r["tau2"])),
  I2       = sapply(res, function(r) g15(r["I2"])),
  stringsAsFactors = FALSE)
write.csv(out, file.path(here, "reference.csv"), row.names = FALSE, quote = FALSE)

cat("Published (Zannad et al., Lancet 2020, all-cause death): HR 0.87 (95% CI 0.77-0.98)\n\n")

# Secondary check only (NOT part of gold): cardiovascular death, same two trials.
# DAPA-HF 0.82 (0.69-0.98); EMPEROR-Reduced 0.92 (0.75-1.12); published pooled 0.86 (0.76-0.98).
cv <- data.frame(hr = c(0.82, 0.92), lo = c(0.69, 0.75), hi = c(0.98, 1.12))
fcv <- rma(yi = log(cv$hr), sei = (log(cv$hi) - log(cv$lo)) / (2 * z), method = "FE")
cat("Secondary check (not gold), cardiovascular death, FE:\n")
cat("  HR", g15(exp(as.numeric(fcv$beta))), " CI", g15(exp(fcv$ci.lb)), "to", g15(exp(fcv$ci.ub)),
    " Q =", g15(fcv$QE), "\n")
cat(sprintf("  rounded: HR %.2f (95%% CI %.2f-%.2f); published 0.86 (0.76-0.98)\n",
            exp(as.numeric(fcv$beta)), exp(fcv$ci.lb), exp(fcv$ci.ub)))
