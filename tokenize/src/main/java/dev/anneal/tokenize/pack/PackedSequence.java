package dev.anneal.tokenize.pack;

import java.util.List;

/**
 * One training sequence: token ids and, for each document piece in it, its length, sample id
 * and source. {@code docLengths} add up to the number of ids.
 *
 * @param inputIds   the token ids
 * @param docLengths the length of each document piece, end-of-text token included
 * @param sampleIds  the sample each piece came from
 * @param sources    the source of each piece (papers, structures…)
 */
public record PackedSequence(int[] inputIds, int[] docLengths, List<String> sampleIds,
                             List<String> sources) {
}
