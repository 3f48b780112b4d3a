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
 */
public record LabelView(String labelId, String materialId, String formula, String property,
                        String condition, double value, double uncertainty, String unit, int nObs,
                        int nUsed, String method, List<String> flags, List<String> usedIds,
                        List<String> rejectedIds) implements Serializable {
}
