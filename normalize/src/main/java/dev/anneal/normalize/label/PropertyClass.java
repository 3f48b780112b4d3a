package dev.anneal.normalize.label;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Whether a measured property describes the material (Tc, formation enthalpy, band gap, lattice
 * parameters) or how a sample of it was made (synthesis temperature, dwell time, heating rate):
 * only the first kind is denoised into a material label; process parameters stay with the
 * synthesis description they belong to.
 */
public final class PropertyClass {

  // The keys a lab log's furnace columns map to, and the usual names of other process settings.
  private static final Set<String> PROCESS = Set.of("temperature", "dwell_time", "heating_rate",
      "cooling_rate", "ramp_rate", "duration", "time", "atmosphere", "pressure", "gas_flow",
      "flow_rate", "milling_time", "milling_speed", "ph");
  private static final List<String> PROCESS_PREFIXES = List.of("synthesis_", "annealing_",
      "anneal_", "sintering_", "calcination_", "dwell_", "heating_", "cooling_", "ramp_",
      "furnace_", "milling_", "reaction_", "growth_", "deposition_", "quench_");

  private PropertyClass() {
  }

  /** Whether {@code property} (a property key) is a process parameter, not a material property. */
  public static boolean isProcessParameter(String property) {
    if (property == null) {
      return false;
    }
    String key = property.strip().toLowerCase(Locale.ROOT);
    return PROCESS.contains(key) || PROCESS_PREFIXES.stream().anyMatch(key::startsWith);
  }

  /** Whether {@code property} describes the material itself (the complement of the above). */
  public static boolean isMaterialProperty(String property) {
    return property != null && !property.isBlank() && !isProcessParameter(property);
  }
}
