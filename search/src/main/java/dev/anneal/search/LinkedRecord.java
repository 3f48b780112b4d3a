package dev.anneal.search;

/**
 * A record linked to a hit: a material's structures, synthesis descriptions and papers, or the
 * materials of a structure, paragraph or synthesis description.
 *
 * @param kind  its kind ({@code material}, {@code synthesis}…, or {@code document} for a paper)
 * @param id    its id within its kind
 * @param title its title (a paper's title, a material's formula…), or ""
 */
public record LinkedRecord(String kind, String id, String title) {
}
