/**
 * {@code anneal serve}: an embedded Jetty 12 server (core handlers, no servlet API) with a JSON
 * API over a {@link dev.anneal.search.Searcher} and the offline web page, bound to 127.0.0.1 by
 * default, with request and result limits.
 */
package dev.anneal.search.server;
