package dev.anneal.normalize.units;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.anneal.ingest.chem.Composition;
import dev.anneal.normalize.GoldenTable;
import dev.anneal.normalize.composition.FormulaParser;
import dev.anneal.normalize.composition.FormulaResult;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Runs every row of {@code quantities.tsv}: the canonical value(s), or the expected reason code. */
class QuantityGoldenTest {

  /** One golden row; {@code expect} is {@code ok} or a reason code. */
  record Case(int line, String text, QuantityKind kind, String composition, String declared,
              String expect, double low, double high, String comment) {
    @Override
    public String toString() {
      return "line " + line + ": '" + text + "' as " + kind + " → "
          + (expect.equals("ok") ? low + (low == high ? "" : ".." + high) : expect) + " (" + comment + ")";
    }
  }

  static List<Case> cases() throws IOException {
    List<Case> out = new ArrayList<>();
    for (GoldenTable.Line l : GoldenTable.read(QuantityGoldenTest.class, "quantities.tsv", 8)) {
      String[] f = l.fields();
      out.add(new Case(l.line(), f[0].equals("<empty>") ? "" : f[0], QuantityKind.valueOf(f[1]),
          f[2], f[3], f[4], f[5].equals("-") ? Double.NaN : Double.parseDouble(f[5]),
          f[6].equals("-") ? Double.NaN : Double.parseDouble(f[6]), f[7]));
    }
    return out;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void golden(Case c) {
    Composition fu = null;
    if (!c.composition().equals("-")) {
      fu = ((FormulaResult.Parsed) FormulaParser.parse(c.composition())).composition();
    }
    QuantityResult result = UnitParser.parse(c.text(), c.kind(), fu,
        c.declared().equals("-") ? null : c.declared());
    if (c.expect().equals("ok")) {
      QuantityResult.Converted conv = assertInstanceOf(QuantityResult.Converted.class, result,
          () -> "rejected: " + result);
      Measurement m = conv.measurement();
      assertEquals(c.kind(), m.kind());
      assertEquals(c.low(), m.low(), Math.abs(c.low()) * 1e-12 + 1e-300, "low");
      assertEquals(c.high(), m.high(), Math.abs(c.high()) * 1e-12 + 1e-300, "high");
      assertEquals(c.low() != c.high(), m.isRange());
      assertEquals(c.kind().canonicalUnit(), m.unit());
    } else {
      QuantityResult.Rejected r = assertInstanceOf(QuantityResult.Rejected.class, result,
          () -> "converted: " + result);
      assertEquals(c.expect(), r.reason().code(), () -> "reason (message: " + r.message() + ")");
      assertFalse(r.message().isBlank());
    }
  }

  @Test
  void everyReasonHasAGoldenCase() throws IOException {
    EnumSet<UnitReason> seen = EnumSet.noneOf(UnitReason.class);
    for (Case c : cases()) {
      for (UnitReason r : UnitReason.values()) {
        if (r.code().equals(c.expect())) {
          seen.add(r);
        }
      }
    }
    assertEquals(EnumSet.allOf(UnitReason.class), seen);
  }

  @Test
  void everyConversionInTheTableHasAGoldenValue() throws IOException {
    java.util.Set<List<Object>> covered = new java.util.HashSet<>();
    for (Case c : cases()) {
      if (!c.expect().equals("ok") || !c.declared().equals("-")) {
        continue;
      }
      Composition fu = c.composition().equals("-") ? null
          : ((FormulaResult.Parsed) FormulaParser.parse(c.composition())).composition();
      Measurement m = ((QuantityResult.Converted) UnitParser.parse(c.text(), c.kind(), fu, null))
          .measurement();
      String u = UnitParser.normalizeUnit(UnitParser.foldText(m.unitAsWritten()));
      UnitDef def = UnitTable.lookup(u) != null ? UnitTable.lookup(u)
          : UnitTable.lookup(u.substring(0, u.length() - 1));
      covered.add(List.of(def.dimension(), def.factor(), def.offset()));
    }
    List<String> missing = new ArrayList<>();
    for (UnitDef d : UnitTable.all()) {
      if (!covered.contains(List.of(d.dimension(), d.factor(), d.offset()))) {
        missing.add(d.symbol());
      }
    }
    assertTrue(missing.isEmpty(), "units whose factor no golden row checks: " + missing);
  }

  @Test
  void numericFieldsConvertWithTheirDeclaredUnit() {
    QuantityResult r = UnitParser.convert(-115, "kJ/mol", QuantityKind.ENERGY_PER_ATOM,
        Composition.of(java.util.Map.of("Fe", 2, "O", 3)));
    double v = assertInstanceOf(QuantityResult.Converted.class, r).measurement().value();
    assertEquals(-115 / 96.485332 / 5, v, 1e-12);
    QuantityResult bad = UnitParser.convert(5, "K", QuantityKind.DURATION, null);
    assertEquals(UnitReason.WRONG_DIMENSION, assertInstanceOf(QuantityResult.Rejected.class, bad).reason());
    QuantityResult nan = UnitParser.convert(Double.NaN, "K", QuantityKind.TEMPERATURE, null);
    assertEquals(UnitReason.MALFORMED_NUMBER, assertInstanceOf(QuantityResult.Rejected.class, nan).reason());
  }

  @Test
  void callerMistakesThrow() {
    // A declared unit comes from the input (a column header): unknown is a reason, not a throw.
    assertEquals(UnitReason.UNKNOWN, assertInstanceOf(QuantityResult.Rejected.class,
        UnitParser.parse("850", QuantityKind.TEMPERATURE, null, "furlong")).reason());
    assertTrue(assertThrows(() -> UnitParser.parse(null, QuantityKind.TEMPERATURE)));
    assertTrue(assertThrows(() -> UnitParser.parse("1 eV/f.u.", QuantityKind.ENERGY_PER_ATOM,
        Composition.builder().build(), null)));
  }

  @Test
  void aRangeHasNoSingleValue() {
    Measurement m = ((QuantityResult.Converted) UnitParser.parse("900-1000 °C",
        QuantityKind.TEMPERATURE)).measurement();
    org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class, m::value);
  }

  @Test
  void rejectionsBecomeProjectRejections() {
    QuantityResult.Rejected r = (QuantityResult.Rejected) UnitParser.parse("12 K", QuantityKind.DURATION);
    dev.anneal.ingest.Rejection rej = r.toRejection("file:///x.json", "record 3");
    assertEquals("unit.wrong_dimension", rej.reason());
    assertEquals("normalize", rej.stage());
    assertEquals("12 K", rej.sample());
  }

  private static boolean assertThrows(Runnable r) {
    try {
      r.run();
      return false;
    } catch (IllegalArgumentException | NullPointerException e) {
      return true;
    }
  }
}
