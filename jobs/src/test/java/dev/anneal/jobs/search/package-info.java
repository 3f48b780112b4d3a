/** Search over the index of the shared example run ({@code anneal run} on {@code examples/corpus}). */
package dev.anneal.jobs.search;
