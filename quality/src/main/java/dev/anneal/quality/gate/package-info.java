/**
 * A small Java face over Deequ's Scala API: gates are declared fluently per table and their
 * outcomes come back as plain Java records ready for {@code reports/quality.json}.
 */
package dev.anneal.quality.gate;
