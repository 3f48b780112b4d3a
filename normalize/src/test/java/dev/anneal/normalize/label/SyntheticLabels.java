package dev.anneal.normalize.label;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A synthetic label set with known truth: materials with a true Tc (K) or formation enthalpy
 * (eV/atom), observed 2–10 times by sources of very different reliability (noise from 0.2× to 8×
 * the property's base noise), with planted outliers (plausible but wrong values), unit slips
 * (°C as K and back; kJ/mol, per formula unit and sign flips for enthalpies) and duplicated rows.
 */
final class SyntheticLabels {

  /** One observation row with what it really is. */
  record Row(String group, String materialId, String property, String unit, String measId,
             String source, double value, double natoms, UnitSlip slip, boolean outlier) {
  }

  static final double[] SOURCE_NOISE = {0.2, 0.3, 0.5, 0.8, 1.2, 2, 4, 8};
  static final double OUTLIER_RATE = 0.06;
  static final double SLIP_RATE = 0.08;
  static final double DUPLICATE_RATE = 0.05;

  final List<Row> rows = new ArrayList<>();
  final Map<String, Double> truth = new HashMap<>();

  /** {@code perProperty} materials of each property, from {@code seed}. */
  SyntheticLabels(int perProperty, long seed) {
    Random rnd = new Random(seed);
    for (int m = 0; m < 2 * perProperty; m++) {
      boolean tc = m < perProperty;
      String property = tc ? "tc" : "formation_enthalpy";
      String unit = tc ? "K" : "eV/atom";
      double base = tc ? 1.0 : 0.01;
      double value = tc ? 2 + 138 * rnd.nextDouble() : -3.0 + 2.6 * rnd.nextDouble();
      double natoms = tc ? 0 : 2 + rnd.nextInt(7);
      String material = "mat-" + m;
      truth.put(material, value);
      int n = 2 + rnd.nextInt(9);
      Row previous = null;
      for (int k = 0; k < n; k++) {
        String id = material + "-obs-" + k;
        if (previous != null && rnd.nextDouble() < DUPLICATE_RATE) {
          rows.add(new Row(material, material, property, unit, id, previous.source(),
              previous.value(), natoms, previous.slip(), previous.outlier()));
          continue;
        }
        int s = rnd.nextInt(SOURCE_NOISE.length);
        double observed = value + rnd.nextGaussian() * SOURCE_NOISE[s] * base;
        boolean outlier = false;
        UnitSlip slip = null;
        double u = rnd.nextDouble();
        if (u < OUTLIER_RATE) {
          outlier = true;
          double off = tc ? 15 + 45 * rnd.nextDouble() : 0.4 + 1.1 * rnd.nextDouble();
          observed = tc ? Math.min(290, Math.max(0.5, value + (rnd.nextBoolean() ? off : -off)))
              : Math.min(0.9, value + (rnd.nextBoolean() ? off : -off));
        } else if (u < OUTLIER_RATE + SLIP_RATE) {
          UnitSlip[] kinds = tc
              ? new UnitSlip[] {UnitSlip.CELSIUS_AS_KELVIN, UnitSlip.KELVIN_AS_CELSIUS}
              : new UnitSlip[] {UnitSlip.KJ_PER_MOL_AS_EV_PER_ATOM,
                  UnitSlip.PER_FORMULA_UNIT_AS_PER_ATOM, UnitSlip.SIGN_FLIP};
          slip = kinds[rnd.nextInt(kinds.length)];
          observed = slip.apply(observed, natoms);
        }
        previous = new Row(material, material, property, unit, id, "source-" + s, observed,
            natoms, slip, outlier);
        rows.add(previous);
      }
    }
  }
}
