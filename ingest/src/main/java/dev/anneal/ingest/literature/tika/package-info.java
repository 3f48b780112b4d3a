/**
 * PDF, HTML, XHTML, DOCX and EPUB through Apache Tika, each document under a time and an
 * output-size limit; PDF pages go through running-header removal, heading and caption
 * detection before the shared cleanup.
 */
package dev.anneal.ingest.literature.tika;
