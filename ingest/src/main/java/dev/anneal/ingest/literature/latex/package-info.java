/**
 * LaTeX sources, alone or as arXiv source bundles: the main file found, {@code \input} and
 * {@code \include} followed, simple macros expanded, the preamble, comments and layout commands
 * dropped, sections, paragraphs and captions kept, math kept as LaTeX.
 */
package dev.anneal.ingest.literature.latex;
