package dev.anneal.tokenize.render;

import java.io.Serializable;

/**
 * One piece of a material dossier: an already rendered structure, calculation, property or
 * synthesis text.
 *
 * @param section  {@link DossierText#STRUCTURE}, {@link DossierText#COMPUTED},
 *                 {@link DossierText#MEASURED} or {@link DossierText#SYNTHESIS}
 * @param sourceId the record it was rendered from
 * @param text     its text
 */
public record DossierPart(String section, String sourceId, String text) implements Serializable {
}
