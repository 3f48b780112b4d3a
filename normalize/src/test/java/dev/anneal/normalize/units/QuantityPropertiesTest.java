package dev.anneal.normalize.units;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.anneal.ingest.chem.Composition;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Conversion properties over every unit in the table and random values. */
class QuantityPropertiesTest {

  private static final Composition FE2O3 = Composition.of(Map.of("Fe", 2, "O", 3));

  @Property(tries = 1000)
  void everyUnitRoundTripsThroughItsCanonicalValue(@ForAll("units") UnitDef unit,
                                                   @ForAll @IntRange(min = 1, max = 10_000_000) int thousandths) {
    double written = thousandths / 1000.0;
    String text = String.format(Locale.ROOT, "%.3f %s", written, unit.symbol());
    QuantityResult r = UnitParser.parse(text, unit.dimension().kind, FE2O3, null);
    Measurement m = assertInstanceOf(QuantityResult.Converted.class, r, () -> text + ": " + r).measurement();
    double canonical = m.value();
    if (unit.dimension() == Dimension.ENERGY_PER_FORMULA_UNIT) {
      canonical *= FE2O3.numAtoms();
    }
    // Relative precision, but an offset (273.15 for °C) cancels digits: measure against it too.
    double scale = Math.abs(written) + Math.abs(unit.offset() / unit.factor());
    assertEquals(written, unit.fromCanonical(canonical), scale * 1e-12, text);
  }

  @Property(tries = 300)
  void celsiusAndKelvinAgree(@ForAll @IntRange(min = -273, max = 5000) int celsius) {
    assertEquals(kelvin(celsius + 273.15 + " K"), kelvin(celsius + " °C"), 1e-9);
    assertEquals(kelvin(celsius + " °C"), kelvin(celsius + "C"), 0.0);
  }

  @Property(tries = 300)
  void ratesIgnoreTheCelsiusOffset(@ForAll @IntRange(min = 1, max = 1000) int tenths) {
    double rate = tenths / 10.0;
    double perMinute = canonical(rate + " °C/min", QuantityKind.HEATING_RATE);
    assertEquals(rate / 60, perMinute, rate * 1e-12);
    assertEquals(perMinute, canonical(rate + " K/min", QuantityKind.HEATING_RATE), 0.0);
  }

  @Property(tries = 300)
  void molarAndPerFormulaUnitEnergiesAgree(@ForAll @IntRange(min = -100_000, max = 100_000) int centi) {
    double kjPerMol = centi / 100.0;
    double viaMolar = canonical(kjPerMol + " kJ/mol", QuantityKind.ENERGY_PER_ATOM);
    double evPerFu = kjPerMol / UnitTable.KJ_PER_MOL_PER_EV;
    double viaFu = canonical(evPerFu + " eV/f.u.", QuantityKind.ENERGY_PER_ATOM);
    assertEquals(viaMolar, viaFu, Math.abs(viaMolar) * 1e-12 + 1e-15);
    double kcal = kjPerMol / 4.184;
    assertEquals(viaMolar, canonical(kcal + " kcal/mol", QuantityKind.ENERGY_PER_ATOM),
        Math.abs(viaMolar) * 1e-7 + 1e-12, "kcal and kJ agree to the constants' precision");
  }

  @Property(tries = 300)
  void rangesKeepTheirEndsInOrder(@ForAll @IntRange(min = 0, max = 2000) int a,
                                  @ForAll @IntRange(min = 0, max = 2000) int width) {
    Measurement m = ((QuantityResult.Converted) UnitParser.parse(a + "-" + (a + width) + " °C",
        QuantityKind.TEMPERATURE)).measurement();
    assertEquals(a + 273.15, m.low(), 1e-9);
    assertEquals(a + width + 273.15, m.high(), 1e-9);
  }

  @Property(tries = 3000)
  void anyTextGivesAResultNeverAnException(@ForAll("quantityLikeText") String text,
                                            @ForAll QuantityKind kind) {
    QuantityResult r = UnitParser.parse(text, kind, FE2O3, null);
    if (r instanceof QuantityResult.Converted c) {
      Measurement m = c.measurement();
      org.junit.jupiter.api.Assertions.assertTrue(Double.isFinite(m.low()) && m.low() <= m.high(), text);
      org.junit.jupiter.api.Assertions.assertEquals(kind, m.kind());
    }
  }

  @Provide
  Arbitrary<String> quantityLikeText() {
    return Arbitraries.strings().withChars("0123456789.,-−+eE ×x^°ºCKFsminhdaytoeVJkcalmolRyHaGPbrTu/f.ú⁻¹³")
        .ofMinLength(0).ofMaxLength(25);
  }

  @Provide
  Arbitrary<UnitDef> units() {
    List<UnitDef> all = List.copyOf(UnitTable.all());
    return Arbitraries.of(all);
  }

  private static double kelvin(String text) {
    return canonical(text, QuantityKind.TEMPERATURE);
  }

  private static double canonical(String text, QuantityKind kind) {
    QuantityResult r = UnitParser.parse(text, kind, FE2O3, null);
    return assertInstanceOf(QuantityResult.Converted.class, r, () -> text + ": " + r).measurement().value();
  }
}
