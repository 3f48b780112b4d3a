package dev.anneal.normalize.composition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.anneal.normalize.GoldenTable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Runs every row of {@code formulas.tsv}: the expected canonical forms, or the expected reason code. */
class FormulaGoldenTest {

  /** One golden row; {@code expect} is {@code ok} or a reason code. */
  record Case(int line, String input, String vars, String expect, String reduced, String hill,
              String chemsys, String flags, String comment) {
    @Override
    public String toString() {
      return "line " + line + ": " + input + (vars.equals("-") ? "" : " [" + vars + "]") + " → "
          + (expect.equals("ok") ? reduced : expect) + " (" + comment + ")";
    }
  }

  static List<Case> cases() throws IOException {
    List<Case> out = new ArrayList<>();
    for (GoldenTable.Line l : GoldenTable.read(FormulaGoldenTest.class, "formulas.tsv", 8)) {
      String[] f = l.fields();
      String input = f[0].equals("<empty>") ? "" : f[0].equals("<spaces>") ? "  \t " : f[0];
      out.add(new Case(l.line(), input, f[1], f[2], f[3], f[4], f[5], f[6], f[7]));
    }
    return out;
  }

  static List<Arguments> rows() throws IOException {
    return cases().stream().map(Arguments::of).toList();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void golden(Case c) {
    Variables vars = c.vars().equals("-") ? Variables.NONE : Variables.parse(c.vars().split(","));
    FormulaResult result = FormulaParser.parse(c.input(), vars);
    if (c.expect().equals("ok")) {
      FormulaResult.Parsed p = assertInstanceOf(FormulaResult.Parsed.class, result,
          () -> "rejected: " + result);
      CanonicalForms forms = CanonicalForms.of(p);
      assertEquals(c.reduced(), forms.reducedFormula(), "reduced formula");
      assertEquals(c.hill(), forms.hillFormula(), "Hill formula");
      assertEquals(c.chemsys(), forms.chemsys(), "chemical system");
      List<String> expectedFlags = c.flags().equals("-") ? List.of()
          : Arrays.stream(c.flags().split(",")).sorted().collect(Collectors.toList());
      assertEquals(expectedFlags, forms.flags(), "flags");
    } else {
      FormulaResult.Rejected r = assertInstanceOf(FormulaResult.Rejected.class, result,
          () -> "parsed: " + result);
      assertEquals(c.expect(), r.reason().code(), () -> "reason (message: " + r.message() + ")");
      assertTrue(!r.message().isBlank(), "a rejection says what is wrong");
    }
  }

  @Test
  void theGoldenSetIsLargeAndCoversEveryReason() throws IOException {
    List<Case> all = cases();
    assertTrue(all.size() >= 100, "at least 100 golden cases, found " + all.size());
    EnumSet<FormulaReason> seen = EnumSet.noneOf(FormulaReason.class);
    for (Case c : all) {
      for (FormulaReason r : FormulaReason.values()) {
        if (r.code().equals(c.expect())) {
          seen.add(r);
        }
      }
    }
    // TOO_LONG needs 513 characters, which a TSV row should not hold; FormulaParserTest covers it.
    EnumSet<FormulaReason> missing = EnumSet.complementOf(seen);
    missing.remove(FormulaReason.TOO_LONG);
    assertTrue(missing.isEmpty(), "reasons without a golden case: " + missing);
    EnumSet<FormulaFlag> flags = EnumSet.noneOf(FormulaFlag.class);
    for (Case c : all) {
      for (FormulaFlag f : FormulaFlag.values()) {
        if (Arrays.asList(c.flags().split(",")).contains(f.code())) {
          flags.add(f);
        }
      }
    }
    assertEquals(EnumSet.allOf(FormulaFlag.class), flags, "every flag has a golden case");
  }
}
