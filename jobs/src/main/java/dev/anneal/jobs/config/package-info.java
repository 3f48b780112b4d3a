/**
 * Configuration: one YAML file whose every key has a default, overridable on the command line,
 * bound to immutable records and checked at start-up.
 */
package dev.anneal.jobs.config;
