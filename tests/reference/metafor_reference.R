# Reference values from metafor for the pooling engine (scripts/metasynth/pooling.py).
#
# Run from the repository root:
#   Rscript tests/reference/metafor_reference.R
# It writes, next to this script:
#   metafor_datasets.csv  dataset, index, yi, sei, group, order_key, level
#   metafor_fits.csv      long format: dataset, analysis, method, test, variant, index, field, value
# Numbers are written with 17 significant digits (sprintf("%.17g")); Inf/NA as text.
# The tests read the CSV files only; R is not needed to run them.

suppressMessages(library(metafor))

out_dir <- "tests/reference"
if (!dir.exists(out_dir)) stop("run from the repository root")

ctrl <- list(threshold = 1e-12, tol = 1e-12, maxiter = 1000)
ci_ctrl <- list(tol = 1e-12, maxiter = 10000)
methods <- c("FE", "DL", "REML", "ML", "PM", "HE", "SJ", "EB", "HS")
tests <- c("z", "knha")

z975 <- qnorm(0.975)
bcg <- escalc(measure = "RR", ai = tpos, bi = tneg, ci = cpos, di = cneg, data = dat.bcg)
hack <- dat.hackshaw1998

datasets <- list(
  bcg = list(yi = as.numeric(bcg$yi), sei = sqrt(as.numeric(bcg$vi)), group = as.character(dat.bcg$alloc),
             order_key = dat.bcg$year + seq_len(13) / 100, level = 0.95),
  seeds = list(yi = log(c(1.35, 0.13)),
               sei = c((log(2.54) - log(0.72)) / (2 * z975), (log(0.31) - log(0.05)) / (2 * z975)),
               level = 0.95),
  k1 = list(yi = 0.3, sei = 0.2, level = 0.95),
  k2 = list(yi = c(0.1, 0.5), sei = c(0.2, 0.3), level = 0.95),
  identical = list(yi = rep(0.2, 4), sei = rep(0.1, 4), level = 0.95),
  zero_boundary = list(yi = c(0.10, 0.12, 0.08, 0.11, 0.09), sei = c(0.10, 0.15, 0.20, 0.12, 0.10), level = 0.95),
  tiny_se = list(yi = c(0.2, 0.5, -0.1, 0.3, 0.45), sei = c(1e-4, 0.2, 0.3, 0.25, 0.15), level = 0.95),
  level90 = list(yi = c(-0.3, 0.1, 0.4), sei = c(0.15, 0.2, 0.25), level = 0.90),
  hackshaw = list(yi = as.numeric(hack$yi), sei = sqrt(as.numeric(hack$vi)), level = 0.95),
  # Fisher scoring oscillates for REML here (metafor stops with an error); with
  # control stepadj = 0.5 it converges
  oscillating = list(yi = c(0, 0, 0, 0, 0, 1), sei = c(1, 1, 1, 1, 1, 0.25), level = 0.95),
  # Fisher scoring converges to a point where the likelihood is below that at
  # tau^2 = 0: metafor warns and sets tau^2 = 0 (ML on ll0_ml, REML on ll0_reml)
  ll0_ml = list(yi = c(0.5017, -1.1836), sei = c(0.5565, 0.0048), level = 0.95),
  ll0_reml = list(yi = c(-0.1489, -0.2608, -0.9116, 0.8244, -1.7868, 1.7756, -0.2733, -0.8478, -0.2978,
                         1.12, -0.2031, 0.3249),
                  sei = c(1.051, 1.1192, 0.7082, 0.9964, 0.5599, 0.8954, 0.2778, 0.7263, 0.1557, 1.1161,
                          0.6933, 0.6374), level = 0.95)
)

num <- function(x) {
  if (is.null(x) || length(x) == 0) return("NA")
  x <- as.numeric(x)[1]
  if (is.na(x)) return("NA")
  if (is.infinite(x)) return(ifelse(x > 0, "Inf", "-Inf"))
  sprintf("%.17g", x)
}

rows <- character(0)
add <- function(dataset, analysis, method, test, variant, index, values) {
  for (nm in names(values)) {
    rows <<- c(rows, paste(dataset, analysis, method, test, variant, index, nm, num(values[[nm]]), sep = ","))
  }
}

fit_values <- function(res, level) {
  pr <- predict(res, level = level * 100)
  pi_lb <- if (is.null(pr$pi.lb)) NA else pr$pi.lb
  pi_ub <- if (is.null(pr$pi.ub)) NA else pr$pi.ub
  v <- list(k = res$k, mu = res$b[1], se = res$se, ci_lower = res$ci.lb, ci_upper = res$ci.ub,
            pi_lower = pi_lb, pi_upper = pi_ub, z_or_t = res$zval, p_value = res$pval,
            tau2 = res$tau2, tau2_se = res$se.tau2, I2 = res$I2, H2 = res$H2,
            Q = res$QE, Q_p = res$QEp, knha_factor = res$s2w)
  ci <- tryCatch(suppressWarnings(confint(res, control = ci_ctrl)), error = function(e) NULL)
  if (!is.null(ci)) {
    v$tau2_ci_lower <- ci$random["tau^2", "ci.lb"]
    v$tau2_ci_upper <- ci$random["tau^2", "ci.ub"]
    v$I2_ci_lower <- ci$random["I^2(%)", "ci.lb"]
    v$I2_ci_upper <- ci$random["I^2(%)", "ci.ub"]
    v$H2_ci_lower <- ci$random["H^2", "ci.lb"]
    v$H2_ci_upper <- ci$random["H^2", "ci.ub"]
  }
  w <- weights(res)
  for (i in seq_along(w)) v[[paste0("weight_", i - 1)]] <- w[i]
  v
}

rma_fit <- function(d, method, test, level = d$level) {
  suppressWarnings(rma(yi = d$yi, sei = d$sei, method = method, test = test, level = level * 100, control = ctrl))
}

# ---------------------------------------------------------------------------
# datasets file
ds_lines <- "dataset,index,yi,sei,group,order_key,level"
for (nm in names(datasets)) {
  d <- datasets[[nm]]
  for (i in seq_along(d$yi)) {
    ds_lines <- c(ds_lines, paste(nm, i - 1, num(d$yi[i]), num(d$sei[i]),
                                  if (is.null(d$group)) "" else d$group[i],
                                  if (is.null(d$order_key)) "" else num(d$order_key[i]),
                                  num(d$level), sep = ","))
  }
}
writeLines(ds_lines, file.path(out_dir, "metafor_datasets.csv"))

# ---------------------------------------------------------------------------
# every method x test on every dataset
for (nm in names(datasets)) {
  d <- datasets[[nm]]
  for (m in methods) for (t in tests) {
    res <- tryCatch(rma_fit(d, m, t), error = function(e) NULL)
    if (is.null(res)) next
    add(nm, "fit", m, t, "", "", fit_values(res, d$level))
  }
}

# the REML fit that needs a halved Fisher-scoring step
d <- datasets$oscillating
res <- rma(yi = d$yi, sei = d$sei, method = "REML", control = c(ctrl, list(stepadj = 0.5)))
add("oscillating", "fit_stepadj", "REML", "z", "0.5", "", fit_values(res, d$level))

# leave-one-out and cumulative on bcg and level90
for (nm in c("bcg", "level90", "zero_boundary")) {
  d <- datasets[[nm]]
  for (m in methods) for (t in tests) {
    res <- rma_fit(d, m, t)
    l1 <- suppressWarnings(leave1out(res))
    for (i in seq_along(l1$estimate)) {
      add(nm, "leave1out", m, t, "", i - 1,
          list(mu = l1$estimate[i], se = l1$se[i], z_or_t = ifelse(t == "z", l1$zval[i], l1$tval[i]),
               p_value = l1$pval[i], ci_lower = l1$ci.lb[i], ci_upper = l1$ci.ub[i], Q = l1$Q[i],
               Q_p = l1$Qp[i], tau2 = if (m == "FE") 0 else l1$tau2[i], I2 = l1$I2[i], H2 = l1$H2[i]))
    }
    key <- if (is.null(d$order_key)) seq_along(d$yi) else d$order_key
    cu <- suppressWarnings(cumul(res, order = key))
    ord <- order(key) - 1
    for (i in seq_along(cu$estimate)) {
      add(nm, "cumulative", m, t, "", i - 1,
          list(added = ord[i], mu = cu$estimate[i], se = cu$se[i], ci_lower = cu$ci.lb[i],
               ci_upper = cu$ci.ub[i], p_value = cu$pval[i], Q = cu$Q[i], Q_p = cu$Qp[i],
               tau2 = if (m == "FE") 0 else cu$tau2[i], I2 = cu$I2[i], H2 = cu$H2[i]))
    }
  }
}

# regression test (Egger) and rank correlation test
for (nm in c("bcg", "hackshaw", "tiny_se", "level90", "zero_boundary")) {
  d <- datasets[[nm]]
  for (m in methods) for (t in tests) {
    res <- rma_fit(d, m, t)
    rt <- tryCatch(suppressWarnings(regtest(res)), error = function(e) NULL)
    if (!is.null(rt)) {
      add(nm, "regtest", m, t, "rma", "",
          list(statistic = rt$zval, p_value = rt$pval, df = rt$dfs, limit_estimate = rt$est,
               limit_ci_lower = rt$ci.lb, limit_ci_upper = rt$ci.ub, tau2 = rt$fit$tau2))
    }
  }
  res <- rma_fit(d, "FE", "z")
  rt <- tryCatch(suppressWarnings(regtest(res, model = "lm")), error = function(e) NULL)
  if (!is.null(rt)) {
    add(nm, "regtest", "FE", "z", "lm", "",
        list(statistic = rt$zval, p_value = rt$pval, df = rt$dfs, limit_estimate = rt$est,
             limit_ci_lower = rt$ci.lb, limit_ci_upper = rt$ci.ub))
  }
  rk <- suppressWarnings(ranktest(res))
  add(nm, "ranktest", "", "", "", "", list(statistic = rk$tau, p_value = rk$pval))
}

# trim and fill
tf_values <- function(tf) {
  v <- list(k0 = tf$k0, se_k0 = tf$se.k0, right = as.numeric(tf$side == "right"), p_k0 = tf$p.k0,
            mu = tf$b[1], se = tf$se, ci_lower = tf$ci.lb, ci_upper = tf$ci.ub, tau2 = tf$tau2,
            z_or_t = tf$zval, p_value = tf$pval)
  if (tf$k0 > 0) {
    fy <- tf$yi[tf$fill]
    fs <- sqrt(tf$vi[tf$fill])
    for (i in seq_along(fy)) {
      v[[paste0("filled_yi_", i - 1)]] <- fy[i]
      v[[paste0("filled_sei_", i - 1)]] <- fs[i]
    }
  }
  v
}
for (nm in c("bcg", "hackshaw", "tiny_se")) {
  d <- datasets[[nm]]
  for (m in methods) for (t in tests) {
    res <- rma_fit(d, m, t)
    tf <- tryCatch(suppressWarnings(trimfill(res, control = ctrl, test = t, level = d$level * 100)),
                   error = function(e) NULL)
    if (!is.null(tf)) add(nm, "trimfill", m, t, "L0", "", tf_values(tf))
  }
  for (est in c("R0", "Q0")) for (side in c("auto", "left", "right")) {
    res <- rma_fit(d, "REML", "z")
    tf <- if (side == "auto") {
      suppressWarnings(trimfill(res, estimator = est, control = ctrl))
    } else {
      suppressWarnings(trimfill(res, estimator = est, side = side, control = ctrl))
    }
    add(nm, "trimfill", "REML", "z", paste(est, side, sep = "_"), "", tf_values(tf))
  }
}

# subgroups: separate fits per group and the RevMan Q-between on the subgroup estimates
d <- datasets$bcg
for (m in methods) for (t in tests) {
  groups <- sort(unique(d$group))
  mus <- c()
  ses <- c()
  for (g in groups) {
    idx <- d$group == g
    res <- suppressWarnings(rma(yi = d$yi[idx], sei = d$sei[idx], method = m, test = t, control = ctrl))
    add("bcg", "subgroup", m, t, g, "", list(k = res$k, mu = res$b[1], se = res$se, tau2 = res$tau2,
                                           ci_lower = res$ci.lb, ci_upper = res$ci.ub, I2 = res$I2))
    mus <- c(mus, res$b[1])
    ses <- c(ses, res$se)
  }
  qb <- rma(yi = mus, sei = ses, method = "FE")
  add("bcg", "subgroup", m, t, "between", "", list(Q_between = qb$QE, Q_between_df = qb$k - 1,
                                                    Q_between_p = qb$QEp))
}

header <- "dataset,analysis,method,test,variant,index,field,value"
writeLines(c(header, rows), file.path(out_dir, "metafor_fits.csv"))
writeLines(c("metafor_version", as.character(packageVersion("metafor"))), file.path(out_dir, "metafor_version.csv"))
cat("wrote", length(rows), "values\n")
