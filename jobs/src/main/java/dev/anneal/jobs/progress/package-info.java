/**
 * Console progress per stage: a Spark listener counts finished tasks and records, and a
 * reporter draws a bar on a terminal or prints plain lines into logs.
 */
package dev.anneal.jobs.progress;
