/**
 * Throughput harnesses for the lab-log path, run as mains rather than tests. Timings are reported
 * in docs/benchmarks.md, never asserted.
 */
package dev.anneal.normalize.measurement.bench;
