/**
 * Test helpers shared by every module through the ingest test-jar: the one local Spark session
 * and the paths to example and real-world corpora.
 */
package dev.anneal.ingest.testing;
