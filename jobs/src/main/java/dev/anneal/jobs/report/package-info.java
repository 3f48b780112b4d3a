/**
 * The run report: what each stage read, wrote and rejected, with the effective configuration,
 * written to {@code reports/run.json} after every invocation, and {@code reports/run.html}, one
 * self-contained page of the same with plots (inline SVG).
 */
package dev.anneal.jobs.report;
