/**
 * The run report: what each stage read, wrote and rejected, with the effective configuration,
 * written to {@code reports/run.json} after every invocation.
 */
package dev.anneal.jobs.report;
