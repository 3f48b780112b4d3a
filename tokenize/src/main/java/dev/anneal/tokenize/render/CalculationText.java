package dev.anneal.tokenize.render;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;

/** Renders a calculation summary: code, formula, energies, convergence and main settings. */
public final class CalculationText {

  private static final int MAX_SETTINGS = 8;

  private CalculationText() {
  }

  /** The text for {@code c} through the calculation template {@code template}. */
  public static String render(String template, CalculationView c) {
    Map<String, String> v = new HashMap<>();
    v.put("code_name", codeName(c.code()) + (c.codeVersion().isEmpty() ? "" : " " + c.codeVersion()));
    v.put("formula", c.reducedFormula() == null ? "an unknown structure" : c.reducedFormula());
    v.put("natoms", c.natoms() > 0 ? Integer.toString(c.natoms()) : "?");
    String functional = c.parameters().getOrDefault("functional", "");
    v.put("functional_part", functional.isEmpty() ? "" : ", " + functional);
    v.put("energy_ev", c.energyEv() == null ? "" : fmt("%.4f", c.energyEv()));
    v.put("energy_per_atom_ev", c.energyPerAtomEv() == null ? "?" : fmt("%.4f", c.energyPerAtomEv()));
    v.put("convergence", c.converged() ? "converged" : "not converged");
    v.put("ionic_steps", c.ionicSteps() > 0 ? Integer.toString(c.ionicSteps()) : "");
    v.put("max_force", c.maxForce() == null ? "" : fmt("%.4f", c.maxForce()));
    StringJoiner settings = new StringJoiner(", ");
    int n = 0;
    for (Map.Entry<String, String> e : new TreeMap<>(c.parameters()).entrySet()) {
      String key = e.getKey().replaceFirst("^(incar|param|kpoints|run)\\.", "");
      if (e.getKey().equals("functional") || e.getValue().length() > 40 || n >= MAX_SETTINGS) {
        continue;
      }
      settings.add(key + "=" + e.getValue());
      n++;
    }
    v.put("settings", settings.toString());
    StringJoiner thermo = new StringJoiner(", ");
    for (Map.Entry<String, Double> e : new TreeMap<>(c.thermo()).entrySet()) {
      thermo.add(e.getKey() + " " + fmt("%.4g", e.getValue()));
    }
    v.put("thermo", thermo.length() == 0 ? "" : "final " + thermo);
    return Template.load("calculation", template).fill(v);
  }

  static String codeName(String code) {
    return switch (code) {
      case "vasp" -> "VASP";
      case "qe" -> "Quantum ESPRESSO";
      case "lammps" -> "LAMMPS";
      default -> code;
    };
  }

  private static String fmt(String pattern, Object value) {
    return String.format(Locale.ROOT, pattern, value);
  }
}
