/**
 * The document filter rules, one class each, with their configuration names and parameters;
 * {@link dev.anneal.quality.filter.FilterRules} builds them from configuration.
 */
package dev.anneal.quality.filter.rules;
