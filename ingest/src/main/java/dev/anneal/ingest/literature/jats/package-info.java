/**
 * JATS XML (PubMed Central and publisher full texts) read structurally: front matter, abstract,
 * sections with their headings, paragraphs, figure and table captions, math as LaTeX; reference
 * lists, footnotes and acknowledgments left out.
 */
package dev.anneal.ingest.literature.jats;
