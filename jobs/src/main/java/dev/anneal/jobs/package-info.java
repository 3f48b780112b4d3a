/**
 * The {@code anneal} command and the Spark stages: this module wires the other modules together
 * and owns nothing of their logic.
 */
package dev.anneal.jobs;
