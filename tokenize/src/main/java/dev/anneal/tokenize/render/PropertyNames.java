package dev.anneal.tokenize.render;

import java.util.Map;

/** Readable names of property keys ({@code tc} → superconducting transition temperature Tc). */
public final class PropertyNames {

  private static final Map<String, String> NAMES = Map.ofEntries(
      Map.entry("tc", "superconducting transition temperature Tc"),
      Map.entry("band_gap", "band gap"),
      Map.entry("formation_enthalpy", "formation enthalpy"),
      Map.entry("formation_energy", "formation energy"),
      Map.entry("temperature", "temperature"),
      Map.entry("lattice_a", "lattice parameter a"),
      Map.entry("density", "density"),
      Map.entry("resistivity", "resistivity"),
      Map.entry("capacity", "specific capacity"));

  private PropertyNames() {
  }

  /** The readable name of {@code key}; unknown keys with underscores as spaces. */
  public static String of(String key) {
    return NAMES.getOrDefault(key, key.replace('_', ' '));
  }
}
