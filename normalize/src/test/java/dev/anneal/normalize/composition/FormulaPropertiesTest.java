package dev.anneal.normalize.composition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.anneal.ingest.chem.Composition;
import dev.anneal.ingest.chem.Element;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Properties of the parser over random compositions of any elements. */
class FormulaPropertiesTest {

  private static final List<String> SYMBOLS = Element.all().stream().map(Element::symbol).toList();

  @Property(tries = 500)
  void formattingThenParsingGivesTheSameComposition(@ForAll("compositions") Composition c) {
    assertEquals(c, parsed(c.formula()), "formula(): " + c.formula());
    assertEquals(c, parsed(c.formula().replace(" ", "")), "formula() without spaces");
  }

  @Property(tries = 500)
  void integralCompositionsRoundTripThroughEveryForm(@ForAll("integralCompositions") Composition c) {
    assertEquals(c, parsed(c.hillFormula()), "Hill: " + c.hillFormula());
    Composition.Reduced reduced = c.reducedFormulaAndFactor();
    assertEquals(c, parsed(reduced.formula()).scale(reduced.factor()),
        "reduced formula times its factor: " + reduced);
  }

  @Property(tries = 500)
  void reducedFormulaIsStableUnderScaling(@ForAll("integralCompositions") Composition c,
                                          @ForAll @IntRange(min = 1, max = 12) int k) {
    Composition scaled = parsed(c.scale(k).formula());
    assertEquals(c.reducedFormula(), scaled.reducedFormula());
    assertEquals(c.chemsys(), scaled.chemsys());
    assertEquals(c.reducedFormula(), parsed(c.reducedFormula()).reducedFormula(),
        "reduced formula is a fixed point");
  }

  @Property(tries = 300)
  void aLeadingMultiplierScalesTheComposition(@ForAll("integralCompositions") Composition c,
                                              @ForAll @IntRange(min = 2, max = 9) int k) {
    assertEquals(c.scale(k), parsed(k + "(" + c.formula().replace(" ", "") + ")"));
    assertEquals(c.scale(k + 1), parsed(c.formula() + "·" + k + c.formula()));
  }

  @Property(tries = 300)
  void variablesSubstituteTheirValues(@ForAll("fraction") double x) {
    Composition c = parsed("Ba1-xSrxTiO3", Variables.NONE.with("x", x));
    assertEquals(1 - x, c.amount("Ba"), 1e-12);
    assertEquals(x, c.amount("Sr"), 1e-12);
    assertEquals(3, c.amount("O"), 1e-12);
  }

  @Property(tries = 3000)
  void anyTextGivesAResultNeverAnException(@ForAll("formulaLikeText") String text) {
    FormulaResult r = FormulaParser.parse(text, Variables.parse("x=0.1"));
    if (r instanceof FormulaResult.Parsed p) {
      for (double amount : p.composition().amounts().values()) {
        assertTrue(Double.isFinite(amount) && amount > 0, text + " → " + p.composition());
      }
    } else {
      FormulaResult.Rejected rej = (FormulaResult.Rejected) r;
      assertTrue(rej.reason().code().startsWith("formula."), rej.toString());
    }
  }

  @Provide
  Arbitrary<String> formulaLikeText() {
    return Arbitraries.strings().withChars("HCONaFeClSrTiBaxyzdδ0123456789.·()[]{}+-−^/ ½₂³⁺⁻±,:=REMLn")
        .ofMinLength(0).ofMaxLength(30);
  }

  @Provide
  Arbitrary<Double> fraction() {
    return Arbitraries.integers().between(1, 999).map(i -> i / 1000.0);
  }

  @Provide
  Arbitrary<Composition> compositions() {
    Arbitrary<Double> amount = Arbitraries.oneOf(
        Arbitraries.integers().between(1, 60).map(Integer::doubleValue),
        Arbitraries.integers().between(1, 99_999).map(i -> i / 1000.0));
    return composition(amount);
  }

  @Provide
  Arbitrary<Composition> integralCompositions() {
    return composition(Arbitraries.integers().between(1, 60).map(Integer::doubleValue));
  }

  private static Arbitrary<Composition> composition(Arbitrary<Double> amount) {
    Arbitrary<String> symbol = Arbitraries.of(SYMBOLS);
    return Combinators.combine(symbol.list().ofMinSize(1).ofMaxSize(6).uniqueElements(),
        amount.list().ofSize(6)).as((symbols, amounts) -> {
          Composition.Builder b = Composition.builder();
          for (int i = 0; i < symbols.size(); i++) {
            b.add(symbols.get(i), amounts.get(i));
          }
          return b.build();
        });
  }

  private static Composition parsed(String text) {
    return parsed(text, Variables.NONE);
  }

  private static Composition parsed(String text, Variables vars) {
    FormulaResult r = FormulaParser.parse(text, vars);
    return assertInstanceOf(FormulaResult.Parsed.class, r, () -> text + ": " + r).composition();
  }
}
