/**
 * Comparing two runs' outputs table by table (rows, order-independent), by id and by shard
 * hash: the check behind the resume and cluster tests and {@code anneal compare}.
 */
package dev.anneal.jobs.compare;
