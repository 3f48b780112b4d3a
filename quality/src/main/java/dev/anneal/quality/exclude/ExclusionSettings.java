package dev.anneal.quality.exclude;

import dev.anneal.quality.decontam.NgramIndex;
import dev.anneal.quality.dedup.MinHashSettings;
import dev.anneal.quality.filter.TextFilter;
import java.util.List;

/**
 * What the exclusion pass does.
 *
 * @param textKinds          prose sample kinds (filters and text deduplication)
 * @param filters            the document filter rules, or null when filters are off
 * @param exact              exact deduplication of texts (samples, and documents by content hash)
 * @param paragraphs         exact deduplication of paragraphs of surviving documents
 * @param minHash            near-duplicate settings, or null when off
 * @param structures         structure deduplication
 * @param volumeTolerance    relative volume-per-site tolerance for structure duplicates
 * @param calculations       exact deduplication of calculations by content hash
 * @param evalIndex          n-grams of the evaluation sets, or null when none are configured
 * @param ngram              decontamination n-gram size (for messages)
 * @param removeContaminated whether contaminated samples are excluded (else only flagged)
 */
public record ExclusionSettings(List<String> textKinds, TextFilter filters, boolean exact,
                                boolean paragraphs, MinHashSettings minHash, boolean structures,
                                double volumeTolerance, boolean calculations,
                                NgramIndex evalIndex, int ngram,
                                boolean removeContaminated) {
}
