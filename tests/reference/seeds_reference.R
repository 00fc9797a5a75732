# Reference numbers for the pooled seed hazard ratios (RESORT RFS and the desmoid trial PFS).
# Run: Rscript tests/reference/seeds_reference.R > tests/reference/seeds_reference.json
suppressMessages(library(metafor))
yi <- log(c(1.35, 0.13))
sei <- c((log(2.54) - log(0.72)) / (2 * qnorm(0.975)), (log(0.31) - log(0.05)) / (2 * qnorm(0.975)))
ctrl <- list(threshold = 1e-12, maxiter = 1000)
row <- function(fit) {
  sprintf('{"estimate": %.17g, "ci_lower": %.17g, "ci_upper": %.17g, "tau2": %.17g, "I2": %.17g, "Q": %.17g, "p_value": %.17g, "yi_pooled": %.17g, "se": %.17g}',
          exp(fit$b[1]), exp(fit$ci.lb), exp(fit$ci.ub), fit$tau2, fit$I2, fit$QE, fit$pval, fit$b[1], fit$se)
}
cat("{\n")
cat(sprintf('"metafor_version": "%s",\n', as.character(packageVersion("metafor"))))
cat('"REML_knha": ', row(rma(yi, sei = sei, method = "REML", test = "knha", control = ctrl)), ",\n", sep = "")
cat('"REML_z": ', row(rma(yi, sei = sei, method = "REML", control = ctrl)), ",\n", sep = "")
cat('"DL_knha": ', row(rma(yi, sei = sei, method = "DL", test = "knha")), ",\n", sep = "")
cat('"DL_z": ', row(rma(yi, sei = sei, method = "DL")), ",\n", sep = "")
cat('"FE": ', row(rma(yi, sei = sei, method = "FE")), "\n", sep = "")
cat("}\n")
