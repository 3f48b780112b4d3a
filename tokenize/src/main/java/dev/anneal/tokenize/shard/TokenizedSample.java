package dev.anneal.tokenize.shard;

import java.io.Serializable;

/**
 * A sample after tokenization, before packing.
 *
 * @param sampleId the sample
 * @param source   its mixture source
 * @param split    {@code train} or {@code val}
 * @param copies   how many times the mixture puts it in its split (0 drops it)
 * @param ids      token ids, without the end-of-text token
 * @param licence  the sample's licence (SPDX id or {@code unknown})
 * @param fault    why tokenizing it failed ({@link dev.anneal.ingest.fault.Faults#describe}), or
 *                 null; a failed sample has no ids and becomes a quarantine row
 * @param reason   the fault's reason code ({@link dev.anneal.ingest.fault.Faults#reason}), or null
 */
record TokenizedSample(String sampleId, String source, String split, int copies, int[] ids,
                       String licence, String fault, String reason)
    implements Serializable {

  /** Whether it was tokenized (no fault). */
  boolean ok() {
    return fault == null;
  }
}
