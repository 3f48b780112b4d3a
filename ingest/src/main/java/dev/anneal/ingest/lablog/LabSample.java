package dev.anneal.ingest.lablog;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A sample described by an electronic lab notebook, with its material as written.
 *
 * @param sourceUri         the archive (and member) it was read from
 * @param sampleId          the notebook's identifier for it, e.g. {@code demo:HPPPKI}
 * @param name              its title, e.g. {@code sodium cobalt oxide made by solid state synthesis}
 * @param materialAsWritten its formula as the notebook holds it ({@code Na0.7CoO2}), or ""
 * @param itemType          the notebook's kind of item: {@code samples}, {@code starting_materials}, …
 * @param description       its description as plain text, or ""
 * @param createdAt         when it was made, as written, or ""
 * @param authors           pseudonyms of its authors, in source order
 * @param context           other simple fields, name → value as written
 */
public record LabSample(String sourceUri, String sampleId, String name, String materialAsWritten,
                        String itemType, String description, String createdAt,
                        java.util.List<String> authors, Map<String, String> context)
    implements LabEntry {

  public LabSample {
    Objects.requireNonNull(sourceUri, "sourceUri");
    sampleId = sampleId == null ? "" : sampleId;
    name = name == null ? "" : name;
    materialAsWritten = materialAsWritten == null ? "" : materialAsWritten.strip();
    itemType = itemType == null ? "" : itemType;
    description = description == null ? "" : description;
    createdAt = createdAt == null ? "" : createdAt;
    authors = authors == null ? java.util.List.of() : java.util.List.copyOf(authors);
    context = context == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(context));
  }
}
