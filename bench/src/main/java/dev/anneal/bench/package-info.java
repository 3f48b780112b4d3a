/**
 * JMH micro-benchmarks of the per-record hot paths. Figures and the commands that produced them
 * are recorded in {@code docs/benchmarks.md}; nothing here is a test.
 */
package dev.anneal.bench;
