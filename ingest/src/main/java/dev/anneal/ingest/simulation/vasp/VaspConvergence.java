package dev.anneal.ingest.simulation.vasp;

import java.util.Map;

/**
 * Electronic and ionic convergence of a VASP run, decided as pymatgen's {@code Vasprun} does so
 * the two tools agree on the same file.
 */
final class VaspConvergence {

  private VaspConvergence() {
  }

  /**
   * pymatgen {@code converged_electronic}: the last ionic step needed fewer SCF iterations than
   * NELM. For LEPSILON runs the linear-response iterations (scsteps holding only the three total
   * energies) are skipped, and pymatgen's check {@code i + 1 != NELM} is kept as is.
   *
   * @param scsteps          SCF iterations of the last ionic step
   * @param firstNonTotalIdx index (from 1) of the first scstep with more than the three totals
   */
  static boolean electronic(Map<String, String> params, int scsteps, int firstNonTotalIdx) {
    int nelm = intParam(params, "NELM", 60);
    if (logical(params.get("LEPSILON"))) {
      return firstNonTotalIdx + 1 != nelm;
    }
    return scsteps < nelm;
  }

  /** pymatgen {@code converged_ionic}: NSW ≤ 1, or the run stopped before NSW ionic steps. */
  static boolean ionic(Map<String, String> params, int ionicSteps) {
    int nsw = intParam(params, "NSW", 0);
    return nsw <= 1 || ionicSteps < nsw;
  }

  static int intParam(Map<String, String> params, String key, int fallback) {
    String v = params.get(key);
    if (v == null) {
      return fallback;
    }
    try {
      return Integer.parseInt(v.trim());
    } catch (NumberFormatException e) {
      return fallback;
    }
  }

  static double doubleParam(Map<String, String> params, String key, double fallback) {
    String v = params.get(key);
    if (v == null) {
      return fallback;
    }
    try {
      return Double.parseDouble(v.trim());
    } catch (NumberFormatException e) {
      return fallback;
    }
  }

  /** Fortran logicals as VASP writes them: {@code T}, {@code .TRUE.}, {@code True}. */
  static boolean logical(String v) {
    if (v == null) {
      return false;
    }
    String t = v.trim().toUpperCase(java.util.Locale.ROOT).replace(".", "");
    return t.startsWith("T");
  }

  /**
   * The exchange–correlation functional: METAGGA when set, else the GGA tag, else the POTCAR
   * family (GGA = "--" means "as in the POTCAR", whose LEXCH is PE for PAW_PBE).
   */
  static String functional(Map<String, String> params, String potcarTitle) {
    String meta = params.getOrDefault("METAGGA", "").trim();
    if (!meta.isEmpty() && !meta.equals("--") && !meta.equalsIgnoreCase("NONE")) {
      return meta.toUpperCase(java.util.Locale.ROOT);
    }
    String gga = params.getOrDefault("GGA", "--").trim();
    if (!gga.isEmpty() && !gga.equals("--")) {
      return switch (gga.toUpperCase(java.util.Locale.ROOT)) {
        case "PE" -> "PBE";
        case "PS" -> "PBEsol";
        case "RE" -> "revPBE";
        case "91" -> "PW91";
        case "AM" -> "AM05";
        case "CA" -> "LDA";
        default -> gga;
      };
    }
    if (potcarTitle == null || potcarTitle.isBlank()) {
      return "";
    }
    String family = potcarTitle.trim().split("\\s+")[0].toUpperCase(java.util.Locale.ROOT);
    if (family.contains("PBE")) {
      return "PBE";
    }
    if (family.contains("GGA")) {
      return "PW91";
    }
    return "LDA";
  }
}
