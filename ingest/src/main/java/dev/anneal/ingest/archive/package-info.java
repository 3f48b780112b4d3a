/**
 * Archives and compressed files read as streams: tar (plain, gzip, xz, bzip2), zip, and single
 * gzip/xz/bzip2 files, member after member, so one archive of many small files is one task.
 */
package dev.anneal.ingest.archive;
