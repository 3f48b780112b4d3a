/**
 * Quality: Deequ gates over every table, document filters, deduplication and decontamination,
 * each decision recorded with a stable reason.
 */
package dev.anneal.quality;
