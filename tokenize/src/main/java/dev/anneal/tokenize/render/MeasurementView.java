package dev.anneal.tokenize.render;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * What a measurement text shows of a {@code raw/measurements} row.
 *
 * @param measId         the measurement
 * @param material       the material as written
 * @param reducedFormula its canonical formula
 * @param property       the property key
 * @param value          the value, or null for a range
 * @param low            the value or the range's low end
 * @param high           the value or the range's high end
 * @param unit           the canonical unit
 * @param conditions     canonical conditions
 * @param sampleId       the sample, or ""
 * @param sourceUri      the file
 * @param location       {@code line N} / {@code entry N} / {@code para ID}
 * @param sourceKind     csv, eln, literature…
 * @param flags          what was assumed
 */
public record MeasurementView(String measId, String material, String reducedFormula,
                              String property, Double value, double low, double high, String unit,
                              Map<String, String> conditions, String sampleId, String sourceUri,
                              String location, String sourceKind, List<String> flags)
    implements Serializable {
}
