package dev.anneal.ingest.simulation;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.anneal.ingest.ParseResult;
import dev.anneal.ingest.RecordParser;
import dev.anneal.ingest.Rejection;
import dev.anneal.ingest.simulation.qe.PwOutputParser;
import dev.anneal.ingest.simulation.vasp.OutcarParser;
import dev.anneal.ingest.simulation.vasp.VasprunParser;
import java.util.Arrays;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every real corpus file cut at 10 %, 50 % and 90 % of its bytes (as a killed job leaves it)
 * reads to one partial, unconverged calculation plus a {@code *.truncated} quarantine rejection
 * that names a line, and never throws.
 */
class SimulationTruncationTest {

  static Stream<Arguments> cuts() {
    Stream.Builder<Arguments> out = Stream.builder();
    Object[][] files = {
        {"vasp/Sr3PbO_relax_vasprun.xml", (Supplier<RecordParser<Calculation>>) VasprunParser::new,
            "vasprun.truncated"},
        {"vasp/vasprun_dfpt.xml", (Supplier<RecordParser<Calculation>>) VasprunParser::new,
            "vasprun.truncated"},
        {"vasp/OUTCAR_example_1", (Supplier<RecordParser<Calculation>>) OutcarParser::new,
            "outcar.truncated"},
        {"qe/BAs_scf.out", (Supplier<RecordParser<Calculation>>) PwOutputParser::new,
            "qe.truncated"},
    };
    for (Object[] f : files) {
      for (double fraction : new double[] {0.10, 0.50, 0.90}) {
        out.add(Arguments.of(f[0], fraction, f[1], f[2]));
      }
    }
    return out.build();
  }

  @ParameterizedTest(name = "{0} cut at {1}")
  @MethodSource("cuts")
  void cutFileGivesPartialRecordAndQuarantine(String file, double fraction,
      Supplier<RecordParser<Calculation>> parser, String reason) throws Exception {
    byte[] whole = SimulationCorpus.bytes(file);
    byte[] cut = Arrays.copyOf(whole, (int) (whole.length * fraction));
    ParseResult<Calculation> full = SimulationCorpus.parse(parser.get(), file, whole);
    ParseResult<Calculation> partial = assertDoesNotThrow(
        () -> SimulationCorpus.parse(parser.get(), file, cut));

    assertEquals(1, partial.rejections().size(), () -> "rejections: " + partial.rejections());
    Rejection rejection = partial.rejections().get(0);
    assertEquals(reason, rejection.reason(), rejection.message());
    assertTrue(rejection.location().matches("line \\d+"), "location: " + rejection.location());
    long linesInCut = new String(cut, java.nio.charset.StandardCharsets.ISO_8859_1).lines().count();
    int line = Integer.parseInt(rejection.location().substring(5));
    assertTrue(line >= linesInCut - 1 && line <= linesInCut + 1,
        "rejection at " + line + " but the cut file has " + linesInCut + " lines");

    assertEquals(1, partial.records().size(), "a partial record is kept");
    Calculation calc = partial.records().get(0);
    assertFalse(calc.converged(), "a cut-off run is never converged");
    assertTrue(calc.warnings().contains(reason), "warnings: " + calc.warnings());
    Calculation whole1 = full.records().get(0);
    assertTrue(calc.ionicSteps().size() <= whole1.ionicSteps().size());
    // The steps kept are exactly the first complete steps of the full file.
    assertEquals(whole1.ionicSteps().subList(0, calc.ionicSteps().size()), calc.ionicSteps());
    assertEquals(whole1.codeVersion(), calc.codeVersion());
  }
}
