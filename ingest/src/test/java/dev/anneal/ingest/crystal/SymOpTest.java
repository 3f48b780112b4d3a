package dev.anneal.ingest.crystal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** Symmetry operators as CIFs write them. */
class SymOpTest {

  private static double[] apply(String xyz, double... p) {
    double[] out = new double[3];
    SymOp.parse(xyz).apply(p, out);
    return out;
  }

  @Test
  void readsTheCommonForms() {
    assertArrayEquals(new double[] {0.4, 0.2, -0.3}, apply("-x+1/2,y,-z", 0.1, 0.2, 0.3), 1e-12);
    assertArrayEquals(new double[] {-0.1, 0.1, 0.8}, apply("x-y,x,z+1/2", 0.1, 0.2, 0.3), 1e-12);
    assertArrayEquals(new double[] {0.6, 0.3, 0.2}, apply("1/2+X, 0.5-y, Z-0.1", 0.1, 0.2, 0.3),
        1e-12);
    assertArrayEquals(new double[] {0.3, 0.1, 0.2}, apply(" z , x , y ", 0.1, 0.2, 0.3), 1e-12);
  }

  @Test
  void refusesWhatIsNotAnOperator() {
    assertNull(SymOp.parse("x,y"));
    assertNull(SymOp.parse("x,y,q"));
    assertNull(SymOp.parse("x,y,z 1"));
    assertNull(SymOp.parse("x,y,1/0"));
    assertFalse(SymOp.parse("x,x,z").isInvertible());
  }
}
