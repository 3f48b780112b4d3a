package dev.anneal.ingest.simulation.lammps;

import dev.anneal.ingest.ParseResult;
import dev.anneal.ingest.RecordParser;
import dev.anneal.ingest.Rejection;
import dev.anneal.ingest.SourceFile;
import dev.anneal.ingest.simulation.Calculation;
import dev.anneal.ingest.simulation.TextLines;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a LAMMPS log into one {@link Calculation} per {@code run}/{@code minimize}, with every
 * thermo column kept as an array in {@code series} and summarised in {@code seriesStats}.
 *
 * <p>A table starts after the {@code Per MPI rank memory} (older: {@code Memory usage per
 * processor}) line, either as a one-line header ({@code Step Temp E_pair …}) followed by rows, or
 * as multi-style blocks ({@code ---- Step N ----- CPU = t (sec) ----} then {@code Key = value}
 * lines, whose columns are Step, CPU and the keys); it ends at {@code Loop time of}. Parameters:
 * {@code units} (the style as written: lj, metal, real…), {@code run.index}, {@code run.command},
 * {@code thermo.format} (one-line or multi), {@code thermo_style}, {@code loop.*}. A log cut
 * inside a run keeps the complete rows of that run and adds a {@code lammps.truncated} rejection.
 */
public final class LammpsLogParser implements RecordParser<Calculation> {

  private static final Pattern VERSION = Pattern.compile("^LAMMPS \\((.*)\\)\\s*$");
  private static final Pattern MULTI_HEAD = Pattern.compile(
      "^-+ Step\\s+(\\S+) -+ CPU =\\s*(\\S+) \\(sec\\) -+\\s*$");
  /** The default longest line searched for {@code key = value} pairs (thermo lines ~80 chars). */
  public static final int MAX_KEY_VALUE_LINE = 4096;
  private static final Pattern KEY_VALUE = Pattern.compile("(\\S+)\\s*=\\s*(\\S+)");
  private static final Pattern LOOP = Pattern.compile(
      "Loop time of (\\S+) on (\\d+) procs for (\\d+) steps with (\\d+) atoms");

  private enum Mode { IDLE, HEADER, ONE_LINE, MULTI }

  private final int keyValueLineChars;

  /** A parser that searches lines up to {@link #MAX_KEY_VALUE_LINE} chars for settings. */
  public LammpsLogParser() {
    this(MAX_KEY_VALUE_LINE);
  }

  /** A parser that searches lines up to {@code keyValueLineChars} chars for settings. */
  public LammpsLogParser(int keyValueLineChars) {
    if (keyValueLineChars <= 0) {
      throw new IllegalArgumentException("keyValueLineChars must be positive: "
          + keyValueLineChars);
    }
    this.keyValueLineChars = keyValueLineChars;
  }

  @Override
  public ParseResult<Calculation> parse(SourceFile file, InputStream in) throws IOException {
    TextLines lines = new TextLines(in);
    LogState s = new LogState(file, keyValueLineChars);
    Rejection rejection;
    try {
      String line;
      while ((line = lines.next()) != null && s.error == null) {
        s.line(line, lines);
      }
      rejection = s.ending(lines);
    } catch (RuntimeException e) {
      boolean cut = lines.failedOnLastLine();
      rejection = Rejection.atLine(file, cut ? "lammps.truncated" : "lammps.malformed",
          "unreadable log line: " + e, lines.lineNumber(), lines.lastLine());
      s.abandon();
    }
    List<Calculation> runs = new ArrayList<>();
    for (LammpsRun run : s.runs) {
      runs.add(run.build(s.version));
    }
    if (runs.isEmpty() && rejection == null) {
      rejection = Rejection.atLine(file, s.version == null ? "lammps.not_log" : "lammps.no_runs",
          s.version == null ? "no 'LAMMPS (version)' line" : "the log has no thermo output", 0, "");
    }
    return new ParseResult<>(runs, rejection == null ? List.of() : List.of(rejection));
  }

  /** What the log has said so far. */
  private static final class LogState {
    final SourceFile file;
    final List<LammpsRun> runs = new ArrayList<>();
    final List<String> pendingWarnings = new ArrayList<>();
    String version;
    String units = "lj";  // LAMMPS's default units style
    String thermoStyle = "one";
    String command = "";
    Mode mode = Mode.IDLE;
    LammpsRun current;
    double[] multiRow;
    boolean wallTime;
    Rejection error;
    final int keyValueLineChars;

    LogState(SourceFile file, int keyValueLineChars) {
      this.file = file;
      this.keyValueLineChars = keyValueLineChars;
    }

    void line(String line, TextLines lines) {
      String t = line.trim();
      if (version == null) {
        Matcher m = VERSION.matcher(t);
        if (m.matches()) {
          version = m.group(1).trim();
          return;
        }
      }
      if (t.startsWith("WARNING")) {
        (current != null && mode != Mode.IDLE ? current.warnings : pendingWarnings).add(t);
        return;
      }
      if (t.startsWith("ERROR")) {
        error = Rejection.atLine(file, "lammps.error", t, lines.lineNumber(), t);
        return;
      }
      switch (mode) {
        case IDLE -> idle(t);
        case HEADER -> header(t);
        case ONE_LINE -> oneLine(t, lines);
        case MULTI -> multi(t);
        default -> throw new IllegalStateException(mode.name());
      }
    }

    private void idle(String t) {
      String[] words = t.split("\\s+");
      switch (words[0]) {
        case "units" -> units = words.length > 1 ? words[1] : units;
        case "thermo_style" -> thermoStyle = t.substring("thermo_style".length()).trim();
        case "run", "minimize", "rerun" -> command = t.replaceAll("\\s+", " ");
        case "Total" -> wallTime |= t.startsWith("Total wall time");
        case "Stopping" -> {
          if (!runs.isEmpty()) {
            runs.get(runs.size() - 1).stoppingCriterion(t.substring(t.indexOf('=') + 1).trim());
          }
        }
        default -> {
          if (t.startsWith("Per MPI rank memory") || t.startsWith("Memory usage per processor")) {
            current = new LammpsRun(file.uri(), runs.size() + 1, units, command, thermoStyle);
            current.warnings.addAll(pendingWarnings);
            pendingWarnings.clear();
            runs.add(current);
            mode = Mode.HEADER;
          }
        }
      }
    }

    private void header(String t) {
      Matcher m = MULTI_HEAD.matcher(t);
      if (m.matches()) {
        current.format("multi");
        mode = Mode.MULTI;
        multi(t);
        return;
      }
      String[] words = t.split("\\s+");
      if (!t.isEmpty() && Character.isLetter(t.charAt(0)) && noneNumeric(words)) {
        current.format("one-line");
        current.table.header(List.of(words));
        mode = Mode.ONE_LINE;
      }
    }

    /** A header is all names; this keeps messages such as "Generated 0 of 0 …" out. */
    private static boolean noneNumeric(String[] words) {
      for (String w : words) {
        if (ThermoTable.numeric(new String[] {w})) {
          return false;
        }
      }
      return true;
    }

    private void oneLine(String t, TextLines lines) {
      if (t.startsWith("Loop time of")) {
        endRun(t);
        return;
      }
      String[] words = t.split("\\s+");
      // A row cut mid-line could still have the right field count with a shortened number; the
      // end-of-file check drops it, here only whole rows of the right width count.
      if (words.length == current.table.names().size() && ThermoTable.numeric(words)
          && lines.lastLineTerminated()) {
        double[] row = new double[words.length];
        for (int i = 0; i < words.length; i++) {
          row[i] = ThermoTable.value(words[i]);
        }
        current.table.add(row);
      }
    }

    private void multi(String t) {
      Matcher head = MULTI_HEAD.matcher(t);
      if (head.matches() || t.startsWith("Loop time of")) {
        commitMultiRow();
        if (head.matches()) {
          multiRow = new double[Math.max(8, current.table.names().size())];
          java.util.Arrays.fill(multiRow, Double.NaN);
          put("Step", ThermoTable.value(head.group(1)));
          put("CPU", ThermoTable.value(head.group(2)));
        } else {
          endRun(t);
        }
        return;
      }
      if (multiRow == null) {
        return;
      }
      if (t.indexOf('=') < 0 || t.length() > keyValueLineChars) {
        // Not a thermo line; and the key=value search is quadratic in one long run of
        // non-spaces (a fuzzed line of 40,000 braces took minutes).
        return;
      }
      Matcher kv = KEY_VALUE.matcher(t);
      while (kv.find()) {
        try {
          put(kv.group(1), ThermoTable.value(kv.group(2)));
        } catch (NumberFormatException e) {
          // not a thermo keyword line (e.g. a fix's message between blocks)
        }
      }
    }

    private void put(String key, double value) {
      int c = current.table.column(key);
      if (c >= multiRow.length) {
        double[] grown = java.util.Arrays.copyOf(multiRow, c * 2 + 1);
        java.util.Arrays.fill(grown, multiRow.length, grown.length, Double.NaN);
        multiRow = grown;
      }
      multiRow[c] = value;
    }

    private void commitMultiRow() {
      if (multiRow != null) {
        current.table.add(multiRow);
        multiRow = null;
      }
    }

    private void endRun(String loopLine) {
      Matcher m = LOOP.matcher(loopLine);
      if (m.find()) {
        current.loop(m.group(1), m.group(2), m.group(3), m.group(4));
      }
      current.complete();
      mode = Mode.IDLE;
      current = null;
      command = "";
    }

    /** After the last line: an error, a run cut off, or a log missing its closing line. */
    Rejection ending(TextLines lines) {
      if (error != null) {
        abandon();
        return error;
      }
      if (mode != Mode.IDLE) {
        // The pending multi block may itself be cut: it is dropped with the rest of the cut run.
        multiRow = null;
        abandon();
        return Rejection.atLine(file, "lammps.truncated", "log ends at line " + lines.lineNumber()
            + " inside run " + runs.size() + " after " + runs.get(runs.size() - 1).table.rows()
            + " complete thermo rows", lines.lineNumber(), lines.lastLine());
      }
      if (!runs.isEmpty()) {
        runs.get(runs.size() - 1).warnings.addAll(pendingWarnings);
      }
      if (!wallTime && version != null) {
        return Rejection.atLine(file, "lammps.truncated", "log ends at line " + lines.lineNumber()
            + " without 'Total wall time'; its " + runs.size() + " runs are complete",
            lines.lineNumber(), lines.lastLine());
      }
      return null;
    }

    /** Marks the run in progress, if any, as cut off. */
    void abandon() {
      if (current != null) {
        current.truncated();
      }
    }
  }
}
