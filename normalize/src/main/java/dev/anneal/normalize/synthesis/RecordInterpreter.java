package dev.anneal.normalize.synthesis;

import dev.anneal.ingest.ContentId;
import dev.anneal.ingest.synthesis.SynthesisRecord;
import dev.anneal.normalize.units.Measurement;
import dev.anneal.normalize.units.QuantityKind;
import dev.anneal.normalize.units.QuantityResult;
import dev.anneal.normalize.units.UnitParser;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Interprets a synthesis as written ({@code raw/synthesis_records}) into a {@code raw/synthesis}
 * row: targets and precursors through the formula parser, each condition value through the unit
 * parser (temperatures to K, times to s, rates to K/s). A value the parser rejects leaves the
 * step without it and puts {@code <condition>_unparsed} in the row's flags. A notebook synthesis
 * that lists no steps has them extracted from its text ({@code operations_from_text}).
 */
public final class RecordInterpreter {

  private RecordInterpreter() {
  }

  /** The interpreted row of {@code record}. */
  public static SynthesisRow interpret(SynthesisRecord record) {
    Set<String> flags = new LinkedHashSet<>();
    List<SynthesisRow.Target> targets = new ArrayList<>();
    record.targets().forEach(t -> targets.add(Targets.target(t)));
    List<SynthesisRow.Precursor> precursors = new ArrayList<>();
    for (SynthesisRecord.Precursor p : record.precursors()) {
      precursors.add(new SynthesisRow.Precursor(p.name(), p.formulaAsWritten(),
          Targets.reducedFormula(p.formulaAsWritten()), p.quantity(), p.unit()));
    }
    List<SynthesisRow.Operation> operations = new ArrayList<>();
    for (SynthesisRecord.Operation op : record.operations()) {
      operations.add(operation(op, flags));
    }
    StringBuilder words = new StringBuilder(record.text());
    record.operations().forEach(o -> words.append(' ').append(o.text()));
    if (operations.isEmpty() && !record.text().isBlank()) {
      ParagraphExtractor.Extraction e = ParagraphExtractor.extract(record.text());
      operations.addAll(e.operations());
      flags.addAll(e.flags());
      if (!e.operations().isEmpty()) {
        flags.add("operations_from_text");
      }
    }
    return new SynthesisRow(ContentId.of("synthesis", record.recordId()), record.sourceUri(),
        record.sourceKind(), record.docId().isEmpty() ? null : record.docId(), null,
        record.sampleId(), record.text(), 1.0, MethodClassifier.classify(words.toString()),
        targets, precursors, operations, List.copyOf(flags));
  }

  private static SynthesisRow.Operation operation(SynthesisRecord.Operation op,
                                                  Set<String> flags) {
    OperationType type = OperationType.ofWord(op.text());
    if (type == null) {
      type = OperationType.ofSourceType(op.type());
    }
    List<Double> temperatures = values(op, SynthesisRecord.TEMPERATURE, QuantityKind.TEMPERATURE,
        flags);
    List<Double> durations = values(op, SynthesisRecord.TIME, QuantityKind.DURATION, flags);
    List<Double> rates = values(op, SynthesisRecord.HEATING_RATE, QuantityKind.HEATING_RATE,
        flags);
    List<String> gases = new ArrayList<>();
    String atmosphere = op.conditions().getOrDefault(SynthesisRecord.ATMOSPHERE, "");
    for (String gas : atmosphere.split(SynthesisRecord.JOIN)) {
      if (!gas.isBlank() && !gases.contains(Atmospheres.canonical(gas))) {
        gases.add(Atmospheres.canonical(gas));
      }
    }
    return new SynthesisRow.Operation(type.code(), op.text(), temperatures, durations,
        rates.isEmpty() ? null : rates.get(0), String.join(SynthesisRecord.JOIN, gases));
  }

  private static List<Double> values(SynthesisRecord.Operation op, String key, QuantityKind kind,
                                     Set<String> flags) {
    String written = op.conditions().getOrDefault(key, "");
    List<Double> out = new ArrayList<>();
    for (String value : written.split(SynthesisRecord.JOIN)) {
      if (value.isBlank()) {
        continue;
      }
      QuantityResult r = UnitParser.parse(value, kind);
      if (r instanceof QuantityResult.Converted c) {
        Measurement m = c.measurement();
        add(out, m.low());
        if (m.isRange()) {
          add(out, m.high());
        }
      } else {
        flags.add(kind.name().toLowerCase(Locale.ROOT) + "_unparsed");
      }
    }
    return out;
  }

  private static void add(List<Double> out, double v) {
    if (!out.contains(v)) {
      out.add(v);
    }
  }
}
