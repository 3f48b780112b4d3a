package dev.anneal.normalize.gold;

import dev.anneal.normalize.composition.FormulaParser;
import dev.anneal.normalize.composition.FormulaResult;
import dev.anneal.normalize.synthesis.ParagraphExtractor;
import dev.anneal.normalize.synthesis.ParagraphScorer;
import dev.anneal.normalize.synthesis.SynthesisRow;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Scores the synthesis scorer and extractor against the gold set: precision and recall per field
 * (synthesis detection; targets; precursors; temperatures and durations as values and per
 * operation; atmospheres; synthesis-to-structure links), with the errors kept for reading.
 * Formulas are compared by reduced formula (a doped phosphor by its host, the part before
 * {@code :}); temperatures to 0.01 K and durations to 0.01 s. A synthesis links to a structure
 * when the linker's {@code FormulaReader} reads one of its extracted targets as the reduced
 * formula of a known structure; a paragraph not detected as a synthesis links nowhere.
 */
public final class ExtractionEvaluation {

  private static final Pattern ESD = Pattern.compile("(?<=\\d)\\(\\d+\\)");

  /** True/false positive and false negative counts of one field. */
  public static final class Count {
    int tp;
    int fp;
    int fn;

    /** tp / (tp + fp), or 1 when nothing was predicted. */
    public double precision() {
      return tp + fp == 0 ? 1 : tp / (double) (tp + fp);
    }

    /** tp / (tp + fn), or 1 when nothing was to be found. */
    public double recall() {
      return tp + fn == 0 ? 1 : tp / (double) (tp + fn);
    }

    /** The harmonic mean of precision and recall. */
    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    void add(Set<?> gold, Set<?> predicted) {
      for (Object g : gold) {
        if (predicted.contains(g)) {
          tp++;
        } else {
          fn++;
        }
      }
      for (Object p : predicted) {
        if (!gold.contains(p)) {
          fp++;
        }
      }
    }
  }

  final Count detectAll = new Count();
  final Count detectFull = new Count();
  final Count detectFragment = new Count();
  final Count detectCued = new Count();
  final Count targets = new Count();
  final Count precursors = new Count();
  final Count temperatures = new Count();
  final Count durations = new Count();
  final Count atmospheres = new Count();
  final Count links = new Count();
  int opsWithT;
  int opsTRight;
  int opsWithD;
  int opsDRight;
  int ops;
  int opsRight;
  final List<String> errors = new ArrayList<>();
  private final Set<String> known;

  /** An evaluation linking targets to the structures of {@code knownFormulas} (reduced). */
  public ExtractionEvaluation(Set<String> knownFormulas) {
    this.known = knownFormulas;
  }

  /** The comparison key of a formula as written. */
  public static String key(String formula) {
    String f = formula.replaceAll("\\s+", "");
    int colon = f.indexOf(':');
    if (colon > 0) {
      f = f.substring(0, colon);
    }
    f = ESD.matcher(f).replaceAll("");
    FormulaResult r = FormulaParser.parse(f);
    return r instanceof FormulaResult.Parsed p ? p.composition().reducedFormula() : f;
  }

  /** Scores one gold entry. */
  public void add(GoldSet.Entry e) {
    double score = ParagraphScorer.score(e.section(), e.text());
    boolean predicted = score >= ParagraphScorer.THRESHOLD;
    Set<String> gold = e.synthesis() ? Set.of(e.id()) : Set.of();
    Set<String> pred = predicted ? Set.of(e.id()) : Set.of();
    detectAll.add(gold, pred);
    (e.fragment() ? detectFragment : detectFull).add(gold, pred);
    if (e.cue()) {
      detectCued.add(gold, pred);
    }
    if (predicted != e.synthesis()) {
      String what = predicted ? "FP " : e.cue() ? "FN " : "FN (no visible cue) ";
      errors.add(what + e.id() + " [" + e.kind() + "] "
          + String.format(Locale.ROOT, "%.2f ", score) + abbreviate(e.text()) + " "
          + ParagraphScorer.features(e.section(), e.text()));
    }
    ParagraphExtractor.Extraction x = ParagraphExtractor.extract(e.text());
    Set<String> goldTargets = keys(e.targets());
    Set<String> predTargets = keys(x.targets());
    Set<String> goldLinks = new TreeSet<>();
    Set<String> predLinks = new TreeSet<>();
    if (e.synthesis()) {
      goldTargets.stream().filter(known::contains).forEach(goldLinks::add);
    }
    if (predicted) {
      for (String t : x.targets()) {
        dev.anneal.normalize.link.FormulaRef ref = dev.anneal.normalize.link.FormulaReader.read(t);
        if (ref != null && !ref.flags().contains("variable_composition")
            && known.contains(ref.reducedFormula())) {
          predLinks.add(ref.reducedFormula());
        }
      }
    }
    links.add(goldLinks, predLinks);
    if (!goldLinks.equals(predLinks)) {
      errors.add("links " + e.id() + " " + predLinks + " expected " + goldLinks);
    }
    if (!e.synthesis()) {
      return;
    }
    targets.add(goldTargets, predTargets);
    if (!goldTargets.equals(predTargets)) {
      errors.add("targets " + e.id() + " " + predTargets + " expected " + goldTargets);
    }
    Set<String> goldPre = keys(e.precursors());
    Set<String> predPre = new TreeSet<>();
    for (SynthesisRow.Precursor p : x.precursors()) {
      predPre.add(key(p.formulaAsWritten().isEmpty() ? p.name() : p.formulaAsWritten()));
    }
    precursors.add(goldPre, predPre);
    if (!goldPre.equals(predPre)) {
      errors.add("precursors " + e.id() + " " + predPre + " expected " + goldPre);
    }
    Set<Double> goldT = new TreeSet<>();
    Set<Double> goldD = new TreeSet<>();
    Set<String> goldA = new TreeSet<>();
    for (GoldSet.Op o : e.operations()) {
      goldT.addAll(rounded(o.temperaturesK()));
      goldD.addAll(rounded(o.durationsS()));
      if (!o.atmosphere().isEmpty()) {
        goldA.add(o.atmosphere());
      }
    }
    Set<Double> predT = new TreeSet<>();
    Set<Double> predD = new TreeSet<>();
    Set<String> predA = new TreeSet<>();
    for (SynthesisRow.Operation o : x.operations()) {
      predT.addAll(rounded(o.temperaturesK()));
      predD.addAll(rounded(o.durationsS()));
      if (!o.atmosphere().isEmpty()) {
        predA.add(o.atmosphere());
      }
    }
    temperatures.add(goldT, predT);
    durations.add(goldD, predD);
    atmospheres.add(goldA, predA);
    if (!goldA.equals(predA)) {
      errors.add("atmospheres " + e.id() + " " + predA + " expected " + goldA);
    }
    for (GoldSet.Op o : e.operations()) {
      Set<Double> t = new TreeSet<>(rounded(o.temperaturesK()));
      Set<Double> d = new TreeSet<>(rounded(o.durationsS()));
      boolean tRight = false;
      boolean dRight = false;
      boolean bothRight = false;
      for (SynthesisRow.Operation p : x.operations()) {
        Set<Double> pt = new TreeSet<>(rounded(p.temperaturesK()));
        Set<Double> pd = new TreeSet<>(rounded(p.durationsS()));
        tRight |= pt.equals(t);
        dRight |= pd.equals(d);
        bothRight |= pt.equals(t) && pd.equals(d);
      }
      if (!t.isEmpty()) {
        opsWithT++;
        opsTRight += tRight ? 1 : 0;
      }
      if (!d.isEmpty()) {
        opsWithD++;
        opsDRight += dRight ? 1 : 0;
      }
      if (!t.isEmpty() || !d.isEmpty()) {
        ops++;
        opsRight += bothRight ? 1 : 0;
        if (!bothRight) {
          errors.add("operation " + e.id() + " T=" + t + " d=" + d + " predicted "
              + summary(x.operations()));
        }
      }
    }
  }

  /** The table, as Markdown. */
  public String table(int entries, int synthesis) {
    StringBuilder b = new StringBuilder();
    b.append(String.format(Locale.ROOT, "gold paragraphs: %d (%d synthesis, %d other)%n%n",
        entries, synthesis, entries - synthesis));
    b.append("| field | precision | recall | F1 | tp / fp / fn |\n|---|---|---|---|---|\n");
    row(b, "synthesis detection (all)", detectAll);
    row(b, "synthesis detection (full paragraphs)", detectFull);
    row(b, "synthesis detection (recipe fragments)", detectFragment);
    row(b, "synthesis detection (text with a visible cue)", detectCued);
    row(b, "targets", targets);
    row(b, "precursors", precursors);
    row(b, "temperatures (values)", temperatures);
    row(b, "durations (values)", durations);
    row(b, "atmospheres", atmospheres);
    row(b, "synthesis-to-structure links", links);
    b.append(String.format(Locale.ROOT, "%noperations with temperatures exactly right: %.3f (%d/%d);"
        + " durations exactly right: %.3f (%d/%d); both: %.3f (%d/%d)%n",
        ratio(opsTRight, opsWithT), opsTRight, opsWithT, ratio(opsDRight, opsWithD), opsDRight,
        opsWithD, ratio(opsRight, ops), opsRight, ops));
    return b.toString();
  }

  private static double ratio(int a, int b) {
    return b == 0 ? 1 : a / (double) b;
  }

  private static void row(StringBuilder b, String name, Count c) {
    b.append(String.format(Locale.ROOT, "| %s | %.3f | %.3f | %.3f | %d / %d / %d |%n", name,
        c.precision(), c.recall(), c.f1(), c.tp, c.fp, c.fn));
  }

  private static Set<String> keys(List<String> formulas) {
    Set<String> out = new TreeSet<>();
    formulas.forEach(f -> out.add(key(f)));
    return out;
  }

  private static List<Double> rounded(List<Double> values) {
    List<Double> out = new ArrayList<>();
    values.forEach(v -> out.add(Math.round(v * 100) / 100.0));
    return out;
  }

  private static String summary(List<SynthesisRow.Operation> ops) {
    List<String> out = new ArrayList<>();
    for (SynthesisRow.Operation o : ops) {
      if (!o.temperaturesK().isEmpty() || !o.durationsS().isEmpty()) {
        out.add(o.text() + " T=" + rounded(o.temperaturesK()) + " d=" + rounded(o.durationsS()));
      }
    }
    return out.toString();
  }

  private static String abbreviate(String text) {
    return text.length() > 110 ? text.substring(0, 110) + "…" : text;
  }

  /** The reduced formula of a fixed-stoichiometry formula as written, or null. */
  public static String fixedKey(String formula) {
    String k = key(formula);
    FormulaResult r = FormulaParser.parse(k);
    return r instanceof FormulaResult.Parsed ? k : null;
  }

  /** Distinct reduced formulas of the structures the links may reach. */
  public static Set<String> knownFormulas(List<String> asWritten) {
    Set<String> out = new HashSet<>();
    asWritten.forEach(f -> out.add(key(f)));
    return out;
  }
}
