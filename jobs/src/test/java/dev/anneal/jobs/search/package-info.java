/** Search over an index built by {@code anneal run} from {@code examples/corpus}. */
package dev.anneal.jobs.search;
