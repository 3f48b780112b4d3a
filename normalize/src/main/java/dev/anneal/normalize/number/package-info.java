/**
 * Numbers as a scientist writes them: a value rounded to its uncertainty, for every place a
 * person or a model reads one (training text, the search page and API, notebooks).
 */
package dev.anneal.normalize.number;
