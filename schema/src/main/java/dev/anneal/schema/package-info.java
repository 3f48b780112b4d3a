/**
 * The schema and column names of every table Anneal writes ({@link dev.anneal.schema.TableSchemas}),
 * and of the intermediate rows of linking and label denoising: the one place producers,
 * consumers and tests take them from, checked against {@code docs/schemas.md}.
 */
package dev.anneal.schema;
