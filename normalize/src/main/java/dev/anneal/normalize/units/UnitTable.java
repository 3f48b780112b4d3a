package dev.anneal.normalize.units;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Every unit Anneal converts, with exact factors. Compound units (rates, energies per atom or
 * per formula unit) are generated from their numerators and denominators so that every
 * combination has the same factor it would have by hand.
 */
final class UnitTable {

  // CODATA 2018 and SI definitions. 1 eV = e × N_A J/mol = 96.485332 kJ/mol (the project's
  // rounding, consistent with 23.0605478 kcal/mol at the thermochemical 4.184 J/cal).
  static final double KJ_PER_MOL_PER_EV = 96.485332;
  static final double KCAL_PER_MOL_PER_EV = 23.0605478;
  static final double EV_PER_RYDBERG = 13.605693123;
  static final double EV_PER_HARTREE = 27.211386246;
  static final double JOULE_PER_EV = 1.602176634e-19;
  static final double ZERO_CELSIUS_IN_KELVIN = 273.15;
  static final double PASCAL_PER_ATM = 101_325;
  static final double PASCAL_PER_MMHG = 133.322387415;
  static final double PASCAL_PER_PSI = 6_894.757293168361;

  private static final Map<String, UnitDef> EXACT = new LinkedHashMap<>();
  /** Word spellings (hours, Torr, atm) that are safe to match case-insensitively; symbols never are. */
  private static final Map<String, UnitDef> WORDS = new LinkedHashMap<>();

  static {
    // Temperatures. A bare C is Celsius here: coulombs never stand after a temperature.
    unit(Dimension.TEMPERATURE, 1, 0, "K");
    // Millikelvin: heavy-fermion and dilute superconductors report Tc below 1 K this way.
    unit(Dimension.TEMPERATURE, 1e-3, 0, "mK");
    unit(Dimension.TEMPERATURE, 1, ZERO_CELSIUS_IN_KELVIN, "°C", "C");
    unit(Dimension.TEMPERATURE, 5.0 / 9.0, ZERO_CELSIUS_IN_KELVIN - 32 * 5.0 / 9.0, "°F");
    words(Dimension.TEMPERATURE, 1, 0, "kelvin");
    words(Dimension.TEMPERATURE, 1, ZERO_CELSIUS_IN_KELVIN, "celsius");

    // Durations.
    Map<String, Double> seconds = new LinkedHashMap<>();
    seconds.put("s", 1.0);
    seconds.put("ms", 1e-3);
    seconds.put("min", 60.0);
    seconds.put("h", 3600.0);
    seconds.put("d", 86_400.0);
    seconds.forEach((sym, f) -> unit(Dimension.TIME, f, 0, sym));
    words(Dimension.TIME, 1, 0, "sec", "secs", "second", "seconds");
    words(Dimension.TIME, 60, 0, "mins", "minute", "minutes");
    words(Dimension.TIME, 3600, 0, "hr", "hrs", "hour", "hours");
    words(Dimension.TIME, 86_400, 0, "day", "days");
    words(Dimension.TIME, 604_800, 0, "week", "weeks");

    // Heating rates: a temperature difference (no offset) over a time.
    Map<String, Double> per = new LinkedHashMap<>(seconds);
    per.remove("ms");
    per.remove("d");
    per.put("sec", 1.0);
    per.put("hr", 3600.0);
    per.put("hour", 3600.0);
    for (String t : new String[] {"K", "°C", "C"}) {
      per.forEach((p, pf) -> unit(Dimension.TEMPERATURE_RATE, 1 / pf, 0, t + "/" + p));
    }
    unit(Dimension.TEMPERATURE_RATE, 5.0 / 9.0 / 60, 0, "°F/min");

    // Energies of one thing.
    Map<String, Double> ev = new LinkedHashMap<>();
    ev.put("eV", 1.0);
    ev.put("meV", 1e-3);
    ev.put("keV", 1e3);
    ev.put("Ry", EV_PER_RYDBERG);
    ev.put("mRy", EV_PER_RYDBERG * 1e-3);
    ev.put("Ha", EV_PER_HARTREE);
    ev.put("mHa", EV_PER_HARTREE * 1e-3);
    ev.forEach((sym, f) -> unit(Dimension.ENERGY, f, 0, sym));
    unit(Dimension.ENERGY, 1 / JOULE_PER_EV, 0, "J");
    words(Dimension.ENERGY, EV_PER_HARTREE, 0, "hartree", "hartrees");
    words(Dimension.ENERGY, EV_PER_RYDBERG, 0, "rydberg", "rydbergs");

    // Energies per atom and per formula unit: a per-entity energy over a basis, or a molar
    // energy over "mol" (of formula units) or "mol atoms".
    String[] atom = {"atom", "atoms", "at", "at."};
    String[] formulaUnit = {"f.u.", "f.u", "fu", "FU", "formula unit", "formula-unit", "formula"};
    String[] molOfAtoms = {"mol-atom", "mol atom", "mol atoms", "mol-atoms", "(mol atom)", "mol-at"};
    Map<String, Double> molar = new LinkedHashMap<>();
    molar.put("kJ", 1 / KJ_PER_MOL_PER_EV);
    molar.put("J", 1e-3 / KJ_PER_MOL_PER_EV);
    molar.put("kcal", 1 / KCAL_PER_MOL_PER_EV);
    molar.put("cal", 1e-3 / KCAL_PER_MOL_PER_EV);
    // Only the combinations that occur in materials data; each has a golden value, and a unit
    // not listed is rejected rather than converted by a factor no test has checked.
    for (String sym : new String[] {"eV", "meV", "Ry", "mRy", "Ha"}) {
      for (String a : atom) {
        unit(Dimension.ENERGY_PER_ATOM, ev.get(sym), 0, sym + "/" + a);
      }
    }
    for (String sym : new String[] {"eV", "meV", "Ry", "Ha"}) {
      for (String u : formulaUnit) {
        unit(Dimension.ENERGY_PER_FORMULA_UNIT, ev.get(sym), 0, sym + "/" + u);
      }
    }
    molar.forEach((sym, f) -> unit(Dimension.ENERGY_PER_FORMULA_UNIT, f, 0, sym + "/mol"));
    // A mole said explicitly to be of formula units ("kJ/mol f.u.", as thermochemistry tables
    // write it) is the same unit as a bare "kJ/mol", which already counts formula units.
    String[] molOfFormulaUnits = {"mol f.u.", "mol-f.u.", "mol fu", "mol FU", "(mol f.u.)",
        "mol formula unit", "mol formula units", "mol-fu"};
    molar.forEach((sym, f) -> {
      for (String m : molOfFormulaUnits) {
        unit(Dimension.ENERGY_PER_FORMULA_UNIT, f, 0, sym + "/" + m);
      }
    });
    for (String sym : new String[] {"kJ", "kcal"}) {
      for (String a : molOfAtoms) {
        unit(Dimension.ENERGY_PER_ATOM, molar.get(sym), 0, sym + "/" + a);
      }
    }

    // Pressures, to GPa.
    unit(Dimension.PRESSURE, 1, 0, "GPa");
    unit(Dimension.PRESSURE, 1e3, 0, "TPa");
    unit(Dimension.PRESSURE, 1e-3, 0, "MPa");
    unit(Dimension.PRESSURE, 1e-6, 0, "kPa");
    unit(Dimension.PRESSURE, 1e-7, 0, "hPa");
    unit(Dimension.PRESSURE, 1e-9, 0, "Pa");
    unit(Dimension.PRESSURE, 1e-4, 0, "bar");
    unit(Dimension.PRESSURE, 1e-1, 0, "kbar");
    unit(Dimension.PRESSURE, 1e2, 0, "Mbar");
    unit(Dimension.PRESSURE, 1e-7, 0, "mbar");
    words(Dimension.PRESSURE, PASCAL_PER_ATM * 1e-9, 0, "atm");
    unit(Dimension.PRESSURE, PASCAL_PER_ATM / 760 * 1e-9, 0, "Torr");
    unit(Dimension.PRESSURE, PASCAL_PER_ATM / 760 * 1e-12, 0, "mTorr");
    unit(Dimension.PRESSURE, PASCAL_PER_MMHG * 1e-9, 0, "mmHg");
    unit(Dimension.PRESSURE, PASCAL_PER_PSI * 1e-9, 0, "psi");
    words(Dimension.PRESSURE, PASCAL_PER_ATM / 760 * 1e-9, 0, "torr");
    // Miscapitalised pascals that cannot mean anything else (no g- or K- prefix exists, and
    // nobody writes M for milli); an all-lowercase "mpa" could be MPa or mPa and stays unknown.
    unit(Dimension.PRESSURE, 1, 0, "Gpa");
    unit(Dimension.PRESSURE, 1e-3, 0, "Mpa");
    unit(Dimension.PRESSURE, 1e-6, 0, "Kpa", "kpa");
    words(Dimension.PRESSURE, PASCAL_PER_ATM * 1e-9, 0, "atmosphere", "atmospheres");
  }

  private UnitTable() {
  }

  /** The unit spelled {@code symbol} (already normalised), or null. */
  static UnitDef lookup(String symbol) {
    UnitDef u = EXACT.get(symbol);
    return u != null ? u : WORDS.get(symbol.toLowerCase(Locale.ROOT));
  }

  /** Every exact spelling, for tests that walk the table. */
  static Collection<UnitDef> all() {
    return Collections.unmodifiableCollection(EXACT.values());
  }

  private static void unit(Dimension d, double factor, double offset, String... symbols) {
    for (String s : symbols) {
      if (EXACT.put(s, new UnitDef(s, d, factor, offset)) != null) {
        throw new IllegalStateException("unit spelled twice: " + s);
      }
    }
  }

  private static void words(Dimension d, double factor, double offset, String... words) {
    for (String w : words) {
      WORDS.put(w.toLowerCase(Locale.ROOT), new UnitDef(w, d, factor, offset));
      unit(d, factor, offset, w);
    }
  }
}
