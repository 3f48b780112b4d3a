/** The fault barrier every stage puts around the code of one record. */
package dev.anneal.ingest.fault;
