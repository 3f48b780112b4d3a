package dev.anneal.tokenize.pack;

/**
 * A sample's token ids, ready to pack.
 *
 * @param sampleId the sample the ids came from
 * @param source   its source (papers, structures…)
 * @param ids      the token ids, without the end-of-text token
 */
public record TokenizedDocument(String sampleId, String source, int[] ids)
    implements java.io.Serializable {
}
