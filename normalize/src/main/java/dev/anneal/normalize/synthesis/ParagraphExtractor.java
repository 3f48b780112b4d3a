package dev.anneal.normalize.synthesis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Extracts a synthesis from a paragraph: targets (formulas that are the subject of "was
 * prepared/synthesized/grown…", or follow "to obtain"), precursors (the other formulas, less
 * substrates and containers), and steps named by their verbs, each with the temperatures,
 * durations, heating rate and atmosphere written after it in the same sentence (before it when
 * none precedes). Values are converted by the unit parser; nothing is inferred that the text does
 * not say.
 */
public final class ParagraphExtractor {

  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.;!?])\\s+(?=[A-Z0-9(])");
  private static final Pattern MADE = Pattern.compile(
      "\\b(?:was|were|is|are|been|had been|have been)\\s+(?:\\w+ly\\s+)?(?:prepared|"
      + "synthesi[sz]ed|obtained|fabricated|grown|made|produced|deposited)\\b",
      Pattern.CASE_INSENSITIVE);
  /** Words after which the formulas that follow are products: "samples of", "to prepare". */
  private static final Pattern PRODUCT_CUE = Pattern.compile(
      "(?:\\b(?:samples?|compounds?|ceramics?|phosphors?|specimens?|crystals?|phases?|oxides?)\\s+"
      + "(?:of|with)\\s+(?:the\\s+)?(?:nominal\\s+)?(?:compositions?\\s+|formula\\s+)?"
      + "|\\bpowders?\\s+of\\s+(?:the\\s+)?(?:nominal\\s+)?compositions?\\s+"
      + "|\\b(?:the\\s+)?(?:compounds?|phosphors?|samples)\\s+"
      + "|^(?:the\\s+)?(?:polycrystalline|single-phase|phase-pure|nanocrystalline)\\s+"
      + "|\\b(?:to (?:prepare|synthesi[sz]e)|(?:preparation|synthesis|syntheses) of)\\s+"
      + "(?:the\\s+)?(?:(?-i:[a-z])[\\w-]*\\s+)?"
      + "|\\b(?:common|general|chemical|nominal)\\s+formulae?\\s+"
      + "|\\b(?:a\\s+)?series\\s+of\\s+(?:[a-z]+\\s+)?|\\bprecursors?\\s+(?:of|for)\\s+(?:the\\s+)?)",
      Pattern.CASE_INSENSITIVE);
  /** Words before a first formula that make it a starting material. */
  private static final Pattern PRECURSOR_LEAD = Pattern.compile(
      "(?i)\\b(?:starting|raw|chemicals?|reagents?|purity|pure|amounts? of|mixtures? of|from|"
      + "materials of|precursors?|commercial|using|with|of)\\b");
  /** A purity or supplier right after a formula: "La2O3 (99.99%", "(analytical grade". */
  private static final Pattern PURITY_AFTER = Pattern.compile(
      "\\s*(?:\\(\\s*(?:\\d|analytical|reagent|A\\.?R|Aldrich|Alfa|Merck|Sigma)|powders? "
      + "(?:was|were) (?:used|purchased|bought))", Pattern.CASE_INSENSITIVE);
  /** A first sentence that speaks of making or of samples. */
  private static final Pattern SUBJECT_OF_MAKING = Pattern.compile(
      "(?i)\\b(?:synthesi\\w*|prepar\\w*|made|grown|obtained|fabricated|samples?|ceramics?|"
      + "phosphors?|powders?|specimens?|crystals?|rods?|targets?|compounds?|materials|host|"
      + "compositions?|polycrystalline)\\b|\\b[xyz]\\s*=\\s*\\d");
  /** What may stand between two products of one list. */
  private static final Pattern LIST_GAP = Pattern.compile(
      "\\s*(?:\\([^()]{0,40}\\)\\s*)?(?:,\\s*(?:and\\s+)?|\\s+and\\s+|\\s*)");
  /** Product nouns right after a formula ("La2-xSrxCuO4 samples", "CaTiO3 ceramics"). */
  private static final Pattern PRODUCT_NOUN_AFTER = Pattern.compile(
      "\\s*(?:\\([^()]{0,40}\\)\\s*)?(?:\\w+\\s+)?(?:samples?|ceramics?|compounds?|phosphors?|"
      + "single crystals|crystals|specimens?|nanoparticles|nanorods|nanowires|thin films|"
      + "films|host)\\b");
  private static final Pattern TO_OBTAIN = Pattern.compile(
      "\\b(?:to (?:obtain|form|yield|give)|yielding|giving|corresponding to)\\b",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern NOT_A_PRECURSOR_AFTER = Pattern.compile(
      "^\\)?\\s*(?:\\(\\w+\\)\\s*)?(?:single[- ]crystal\\s+)?(?:substrates?|crucibles?|tubes?|"
      + "boats?|reference|hearth|ampoules?|vessels?|jar)\\b",
      Pattern.CASE_INSENSITIVE);
  /**
   * An element as a starting material: its symbol followed by a purity, or by a word for the
   * form a metal or metalloid is bought in ({@code Co (99.999%, shot)}, {@code Mg powder}); not
   * after a number, where {@code K} and {@code C} are units.
   */
  private static final Pattern ELEMENT_PRECURSOR = Pattern.compile(
      "(?<![\\w.,°/-])(?<!\\d\\s)([A-Z][a-z]?)\\s*(?:\\((?:\\d{2}(?:\\.\\d+)?\\s?%|99)"
      + "|(?:metal\\s+)?(?:powders?|shots?|ingots?|pieces|granules|chunks|lumps|flakes|"
      + "turnings|foils?|wires?|rods?|pellets?)\\b(?!\\s+(?:diffraction|sample|holder)))");
  /** A gas a step runs in ("under NH3 flow", "in flowing O2") is an atmosphere, not a reactant. */
  private static final Pattern GAS_BEFORE = Pattern.compile(
      "(?i)\\b(?:in|under|flowing)\\s+(?:(?:a|an|the|pure|dry|flowing|high-purity)\\s+)*$");
  /** Sentences about impurities, secondary phases or literature compounds name no precursors. */
  private static final Pattern NOT_A_PRECURSOR_SENTENCE = Pattern.compile(
      "(?i)\\b(?:secondary phases?|impurit(?:y|ies)|impurity phases?|reported for|"
      + "reflections of|was detected|were detected|no [\\w-]+ (?:was|were) (?:found|detected))");
  private static final Pattern AMOUNT = Pattern.compile(
      "^\\s*\\((\\d+(?:\\.\\d+)?)\\s*(mmol|mol|mg|g|kg|mL|ml|L|M|mM|wt\\s?%|mol\\s?%)[),;]");

  /**
   * What a paragraph says about how something was made.
   *
   * @param targets    the products as written, in text order
   * @param precursors the starting materials
   * @param operations the steps, in text order
   * @param flags      values that were written but could not be converted
   */
  public record Extraction(List<String> targets, List<SynthesisRow.Precursor> precursors,
                           List<SynthesisRow.Operation> operations, List<String> flags) {
  }

  private ParagraphExtractor() {
  }

  /** Extracts the synthesis {@code text} describes. */
  public static Extraction extract(String text) {
    List<int[]> sentences = sentences(text);
    List<FormulaMentions.Mention> formulas = FormulaMentions.find(text);
    List<String> targets = targets(text, sentences, formulas);
    Set<String> targetFormulas = new LinkedHashSet<>();
    for (FormulaMentions.Mention f : formulas) {
      if (targets.contains(f.text())) {
        targetFormulas.add(f.parsed().composition().reducedFormula());
      }
    }
    Map<String, SynthesisRow.Precursor> precursors = new LinkedHashMap<>();
    for (FormulaMentions.Mention f : formulas) {
      String reduced = f.parsed().composition().reducedFormula();
      if (targetFormulas.contains(reduced) || precursors.containsKey(f.text())
          || NOT_A_PRECURSOR_AFTER.matcher(text.substring(f.end())).find()
          || GAS_BEFORE.matcher(text.substring(Math.max(0, f.start() - 30), f.start())).find()
          || NOT_A_PRECURSOR_SENTENCE.matcher(text.substring(Math.max(0, f.start() - 60),
              Math.min(text.length(), f.end() + 60))).find()) {
        continue;
      }
      Matcher amount = AMOUNT.matcher(text.substring(f.end()));
      boolean has = amount.find();
      precursors.put(f.text(), new SynthesisRow.Precursor(f.text(), f.text(), reduced,
          has ? amount.group(1) : "", has ? amount.group(2) : ""));
    }
    Matcher element = ELEMENT_PRECURSOR.matcher(text);
    while (element.find()) {
      String symbol = element.group(1);
      if (dev.anneal.ingest.chem.Element.isSymbol(symbol) && !precursors.containsKey(symbol)
          && !targets.contains(symbol)) {
        Matcher amount = AMOUNT.matcher(text.substring(element.end(1)));
        boolean has = amount.find();
        precursors.put(symbol, new SynthesisRow.Precursor(symbol, symbol, symbol,
            has ? amount.group(1) : "", has ? amount.group(2) : ""));
      }
    }
    List<String> flags = new ArrayList<>();
    List<SynthesisRow.Operation> operations = operations(text, sentences, flags);
    return new Extraction(targets, List.copyOf(precursors.values()), operations, flags);
  }

  private static List<String> targets(String text, List<int[]> sentences,
                                      List<FormulaMentions.Mention> formulas) {
    Set<String> out = new LinkedHashSet<>();
    if (!formulas.isEmpty() && !sentences.isEmpty()) {
      FormulaMentions.Mention first = formulas.get(0);
      int[] s0 = sentences.get(0);
      String lead = text.substring(s0[0], first.start());
      if (first.end() <= s0[1] && first.start() - s0[0] <= 60
          && !PRECURSOR_LEAD.matcher(lead).find()
          && !PURITY_AFTER.matcher(text.substring(first.end())).lookingAt()
          && SUBJECT_OF_MAKING.matcher(text.substring(s0[0], s0[1])).find()) {
        out.add(first.text()); // the paragraph opens with its product: "NdFeO3 rods were syn…"
        int at = first.end();
        for (FormulaMentions.Mention f : formulas.subList(1, formulas.size())) {
          if (f.end() > s0[1] || !LIST_GAP.matcher(text.substring(at, f.start())).matches()) {
            break;
          }
          out.add(f.text());
          at = f.end();
        }
      }
    }
    for (int[] s : sentences) {
      String sentence = text.substring(s[0], s[1]);
      Matcher made = MADE.matcher(sentence);
      if (made.find()) {
        for (FormulaMentions.Mention f : formulas) {
          if (f.start() >= s[0] && f.end() <= s[0] + made.start()) {
            out.add(f.text());
          }
        }
      }
      Matcher cue = PRODUCT_CUE.matcher(sentence);
      while (cue.find()) {
        int at = s[0] + cue.end();
        for (FormulaMentions.Mention f : formulas) {
          if (f.start() < at) {
            continue;
          }
          if (!LIST_GAP.matcher(text.substring(at, f.start())).matches()) {
            break;
          }
          out.add(f.text());
          at = f.end();
        }
      }
      for (FormulaMentions.Mention f : formulas) {
        if (f.start() >= s[0] && f.end() <= s[1]
            && PRODUCT_NOUN_AFTER.matcher(text.substring(f.end(), s[1])).lookingAt()) {
          out.add(f.text());
        }
      }
      Matcher obtain = TO_OBTAIN.matcher(sentence);
      if (obtain.find()) {
        int from = s[0] + obtain.end();
        int to = sentence.indexOf(',', obtain.end()) < 0 ? s[1]
            : s[0] + sentence.indexOf(',', obtain.end());
        for (FormulaMentions.Mention f : formulas) {
          if (f.start() >= from && f.end() <= to) {
            out.add(f.text());
          }
        }
      }
    }
    return List.copyOf(out);
  }

  /** A step being built: where its verb is, and what has been attached to it. */
  private static final class Step {
    final int start;
    final int sentence;
    final OperationType type;
    final String word;
    final Set<Double> temperatures = new TreeSet<>();
    final Set<Double> durations = new TreeSet<>();
    Double rate;
    String atmosphere = "";
    final List<Double> orderedTemperatures = new ArrayList<>();
    final List<Double> orderedDurations = new ArrayList<>();

    Step(int start, int sentence, OperationType type, String word) {
      this.start = start;
      this.sentence = sentence;
      this.type = type;
      this.word = word;
    }
  }

  private static List<SynthesisRow.Operation> operations(String text, List<int[]> sentences,
                                                         List<String> flags) {
    List<Step> steps = new ArrayList<>();
    Matcher verbs = OperationType.matcher(text);
    while (verbs.find()) {
      OperationType type = OperationType.ofWord(verbs.group());
      if (type != null) {
        steps.add(new Step(verbs.start(), sentenceOf(sentences, verbs.start()), type,
            verbs.group()));
      }
    }
    for (QuantityMentions.Mention q : QuantityMentions.find(text)) {
      if (measurementOnly(steps, sentences, q.start(), text)) {
        continue;
      }
      Step found = stepFor(steps, sentences, q.start(), text);
      if (q.kind() == dev.anneal.normalize.units.QuantityKind.TEMPERATURE
          && !found.temperatures.isEmpty() && !found.durations.isEmpty()) {
        // "annealed at 950 °C for 24 h and at 475 °C for 24 h": a second dwell of the same step.
        Step next = new Step(q.start(), found.sentence, found.type, found.word);
        steps.add(steps.indexOf(found) + 1, next);
        found = next;
      }
      Step step = found;
      if (!q.reason().isEmpty()) {
        String flag = q.kind().name().toLowerCase(java.util.Locale.ROOT) + "_unparsed";
        if (!flags.contains(flag)) {
          flags.add(flag);
        }
        continue;
      }
      switch (q.kind()) {
        case TEMPERATURE -> q.values().forEach(v -> {
          if (step.temperatures.add(v)) {
            step.orderedTemperatures.add(v);
          }
        });
        case DURATION -> q.values().forEach(v -> {
          if (step.durations.add(v)) {
            step.orderedDurations.add(v);
          }
        });
        case HEATING_RATE -> {
          if (step.rate == null) {
            step.rate = q.values().get(0);
          }
        }
        default -> {
        }
      }
    }
    for (Atmospheres.Mention a : Atmospheres.find(text)) {
      Step step = stepInSentence(steps, sentences, a.start());
      if (step != null && step.atmosphere.isEmpty()) {
        step.atmosphere = a.canonical();
      }
    }
    steps.sort((a, b) -> Integer.compare(a.start, b.start));
    List<SynthesisRow.Operation> out = new ArrayList<>();
    for (Step s : steps) {
      out.add(new SynthesisRow.Operation(s.type.code(), s.word, s.orderedTemperatures,
          s.orderedDurations, s.rate, s.atmosphere));
    }
    return out;
  }

  private static final Pattern THEN = Pattern.compile(
      "\\b(?:then|followed by|subsequently|afterwards|after which|before)\\b",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern MEASURING = Pattern.compile(
      "\\b(?:measured|measurements?|recorded|studied|investigated|range|frequenc\\w*|"
      + "spectr\\w*|diffract\\w*|magnetometer|resistivity|susceptibility|scan\\w*|poled|"
      + "aging|ageing|collected|characteri[sz]\\w*)\\b", Pattern.CASE_INSENSITIVE);

  /**
   * Whether a value at {@code position} sits in a sentence that names no step and speaks of a
   * measurement ({@code studied in the range 200-450 K}): a measurement condition, not a step's.
   */
  private static boolean measurementOnly(List<Step> steps, List<int[]> sentences, int position,
                                         String text) {
    int sentence = sentenceOf(sentences, position);
    for (Step s : steps) {
      if (s.sentence == sentence) {
        return false;
      }
    }
    int[] span = sentences.get(sentence);
    return MEASURING.matcher(text.substring(span[0], span[1])).find();
  }

  /** The step named nearest before {@code position} in its sentence, else the first after, else null. */
  private static Step stepInSentence(List<Step> steps, List<int[]> sentences, int position) {
    int sentence = sentenceOf(sentences, position);
    Step before = null;
    Step after = null;
    for (Step s : steps) {
      if (s.sentence != sentence) {
        continue;
      }
      if (s.start < position) {
        before = s;
      } else if (after == null) {
        after = s;
      }
    }
    return before != null ? before : after;
  }

  /**
   * The step a value at {@code position} belongs to: the last step named before it in its
   * sentence, else the first named after it in its sentence, else the last step before it in the
   * paragraph; else a new unspecified step.
   */
  private static Step stepFor(List<Step> steps, List<int[]> sentences, int position,
                              String text) {
    int sentence = sentenceOf(sentences, position);
    Step before = null;
    Step after = null;
    Step earlier = null;
    for (Step s : steps) {
      if (s.start < position) {
        if (earlier == null || s.start > earlier.start) {
          earlier = s;
        }
        if (s.sentence == sentence && (before == null || s.start > before.start)) {
          before = s;
        }
      } else if (s.sentence == sentence && (after == null || s.start < after.start)) {
        after = s;
      }
    }
    if (before == null && after != null
        && THEN.matcher(text.substring(position, after.start)).find()) {
      // "at 400 °C and then fired at 600 °C": the value is an earlier, unnamed step's.
      after = null;
      earlier = null;
    }
    Step chosen = before != null ? before : after != null ? after : earlier;
    if (chosen == null) {
      chosen = new Step(position, sentence, OperationType.UNSPECIFIED, "");
      steps.add(chosen);
    }
    return chosen;
  }

  private static List<int[]> sentences(String text) {
    List<int[]> out = new ArrayList<>();
    Matcher m = SENTENCE_END.matcher(text);
    int start = 0;
    while (m.find()) {
      out.add(new int[] {start, m.start()});
      start = m.end();
    }
    out.add(new int[] {start, text.length()});
    return out;
  }

  private static int sentenceOf(List<int[]> sentences, int position) {
    for (int i = 0; i < sentences.size(); i++) {
      if (position < sentences.get(i)[1] || i == sentences.size() - 1) {
        return i;
      }
    }
    return sentences.size() - 1;
  }

  /** Every temperature (K) of every step, for tests and summaries. */
  public static Set<Double> temperatures(Extraction e) {
    Set<Double> out = new TreeSet<>();
    e.operations().forEach(o -> out.addAll(o.temperaturesK()));
    return out;
  }

  /** Every duration (s) of every step. */
  public static Set<Double> durations(Extraction e) {
    Set<Double> out = new TreeSet<>();
    e.operations().forEach(o -> out.addAll(o.durationsS()));
    return out;
  }
}
