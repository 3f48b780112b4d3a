package dev.anneal.tokenize.render;

import java.io.Serializable;
import java.util.List;

/**
 * What a synthesis text shows of a {@code raw/synthesis} row.
 *
 * @param synthId    the synthesis description
 * @param sourceKind eln, recipes, literature
 * @param method     solid_state, sol_gel… or ""
 * @param text       the original text
 * @param targets    target materials (reduced formula when known, else as written)
 * @param precursors precursors, each as "name (formula) quantity unit"
 * @param steps      the structured operations, each rendered as one line
 * @param sourceUri  the file
 * @param location   the record's place in it (line, entry…), or ""
 * @param paper      the paper it was read from, in words ({@link Provenance#paper}), or null
 */
public record SynthesisView(String synthId, String sourceKind, String method, String text,
                            List<String> targets, List<String> precursors, List<String> steps,
                            String sourceUri, String location, String paper)
    implements Serializable {
}
