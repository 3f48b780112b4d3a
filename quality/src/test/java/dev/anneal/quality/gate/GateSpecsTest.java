package dev.anneal.quality.gate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Every check spelling of the configuration becomes its constraint; mistakes name the table. */
class GateSpecsTest {

  @Test
  void everyCheckSpellingIsRead() {
    QualityGate gate = GateSpecs.parse("raw/structures", "warning", List.of("complete id",
        " unique id ", "positive volume", "non_negative natoms", "rows >= 10",
        "where lattice lengths > 0: lattice.a > 0 AND lattice.b > 0"));
    assertEquals(QualityGate.Level.WARNING, gate.level());
    assertEquals("raw/structures", gate.table());
    assertEquals(List.of("complete(id)", "unique(id)", "positive(volume)", "non_negative(natoms)",
        "rows >= 10", "lattice lengths > 0: lattice.a > 0 AND lattice.b > 0"), gate.descriptions());
    assertEquals(QualityGate.Level.ERROR, GateSpecs.parse("t", "error", List.of()).level());
  }

  @Test
  void mistakesAreNamed() {
    assertEquals("gate level must be error or warning, got fatal for t", assertThrows(
        IllegalArgumentException.class, () -> GateSpecs.parse("t", "fatal", List.of()))
        .getMessage());
    assertEquals("t: 'where NAME: PREDICATE' needs a colon: where x > 0", assertThrows(
        IllegalArgumentException.class, () -> GateSpecs.parse("t", "error",
            List.of("where x > 0"))).getMessage());
    assertEquals("t: unknown check 'distinct' (complete, unique, positive, non_negative, rows >=, "
        + "where)", assertThrows(IllegalArgumentException.class, () -> GateSpecs.parse("t",
            "error", List.of("distinct id"))).getMessage());
    assertEquals("t: cannot read check 'complete a b'", assertThrows(
        IllegalArgumentException.class, () -> GateSpecs.parse("t", "error",
            List.of("complete a b"))).getMessage());
    assertThrows(NumberFormatException.class, () -> GateSpecs.parse("t", "error",
        List.of("rows >= many")));
  }
}
