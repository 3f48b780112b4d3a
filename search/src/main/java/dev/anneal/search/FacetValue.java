package dev.anneal.search;

/**
 * One value of a facet and how many matching records have it.
 *
 * @param value the value ({@code material}, {@code Cu}, {@code 139})
 * @param count matching records with it
 */
public record FacetValue(String value, long count) {
}
