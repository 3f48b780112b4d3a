package dev.anneal.tokenize.render;

import java.io.Serializable;
import java.util.List;

/**
 * What a label text shows of a {@code curated/labels} row (a denoised property value).
 *
 * @param labelId     the label
 * @param materialId  the material
 * @param formula     the material's reduced formula, or null when unknown
 * @param property    the property key
 * @param condition   the condition bucket, e.g. {@code pressure=ambient}
 * @param value       the consensus value
 * @param uncertainty its uncertainty
 * @param unit        the unit
 * @param nObs        measurements seen
 * @param nUsed       measurements used
 * @param method      how the value was formed
 * @param flags       flags
 * @param usedIds     the measurements used
 * @param rejectedIds the measurements rejected
 * @param decisions   the decision of every corrected or rejected measurement
 *                    ({@code celsius_as_kelvin}, {@code outlier}, …)
 * @param sources     where the used measurements come from, in words (a lab log's file name, a
 *                    paper's title and year), without repeats
 */
public record LabelView(String labelId, String materialId, String formula, String property,
                        String condition, double value, double uncertainty, String unit, int nObs,
                        int nUsed, String method, List<String> flags, List<String> usedIds,
                        List<String> rejectedIds, List<String> decisions, List<String> sources)
    implements Serializable {

  public LabelView {
    flags = List.copyOf(flags);
    usedIds = List.copyOf(usedIds);
    rejectedIds = List.copyOf(rejectedIds);
    decisions = List.copyOf(decisions);
    sources = List.copyOf(sources);
  }
}
