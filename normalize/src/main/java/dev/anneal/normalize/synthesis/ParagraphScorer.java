package dev.anneal.normalize.synthesis;

import dev.anneal.normalize.units.QuantityKind;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Scores how likely a paragraph describes how a material was made, from transparent features
 * with hand-set weights (no trained model): the section heading, step verbs, temperature and
 * duration pairs ({@code at 900 °C for 12 h}), heating rates, precursor lists and purities,
 * reagents' grade ({@code All chemicals were of analytical grade}), the route
 * ({@code synthesized by}, {@code solid-state reaction}, {@code flux}, a reaction equation
 * {@code A + B → C}), product words
 * ({@code polycrystalline}, {@code ceramics}), atmospheres and apparatus count for it;
 * measurement, computation and results language, and life-science and citation language
 * (cells, animals, {@code et al.}) count against it. The score is the
 * logistic of the weighted sum, in [0, 1]; {@link #THRESHOLD} separates synthesis paragraphs.
 */
public final class ParagraphScorer {

  /** Paragraphs scoring at least this are synthesis paragraphs. */
  public static final double THRESHOLD = 0.5;

  private static final Pattern SECTION_AGAINST = Pattern.compile(
      "result|discussion|introduc|conclu|summary|abstract|comput|theor|calculat|characteri[sz]|"
      + "measurement|analys|test|optical|transport|electric|electrochem|neutron|catalytic|"
      + "spectroscop|magnetic|simulation|acknowledg|reference", Pattern.CASE_INSENSITIVE);
  /** Sections that summarize or discuss, where a recipe is never the paragraph's own. */
  private static final Pattern SECTION_NEVER = Pattern.compile(
      "abstract|introduc|result|discussion|conclu|summary|acknowledg|reference|funding|"
      + "background|outlook|related work", Pattern.CASE_INSENSITIVE);
  private static final Pattern SECTION_FOR = Pattern.compile(
      "experiment|synthes|preparation|prepar|growth|fabricat|deposition|material|method|sample",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern MADE = Pattern.compile(
      "\\b(?:was|were|is|are|been)\\s+(?:\\w+ly\\s+)?(?:prepared|synthesi[sz]\\w*|obtained|"
      + "fabricated|grown|made|produced|deposited)\\b|\\bto (?:obtain|form|yield|prepare|"
      + "synthesi[sz]e)\\b",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern RECIPE_WORDS = Pattern.compile(
      "stoichiometric|molar ratio|starting (?:materials?|powders?|chemicals|reagents)|"
      + "raw materials|precursors?|\\d\\s?%\\)|\\(99\\.|\\d\\s?wt\\s?%\\)|"
      + "excess|weighed|reagent[- ]grade|analytical(?:ly)? (?:grade|pure)|high[- ]purity|"
      + "highly pure|high pure|purchased|as received|nominal compositions?|homogene\\w*",
      Pattern.CASE_INSENSITIVE);
  /** How a material was made: "synthesized by", "solid-state reaction", "sol-gel", "flux". */
  private static final Pattern ROUTE = Pattern.compile(
      "\\b(?:synthesi[sz]ed|prepared|made|grown|obtained|fabricated|produced)\\s+"
      + "(?:\\w+\\s+)?(?:by|via|using|through|from|with|in)\\b|solid[- ]state (?:reaction|route|"
      + "method|synthesis|technique|sintering)|sol[- ]gel|ceramic (?:method|route|technique|process)|"
      + "Pechini|citrate|combustion|\\bflux\\b|Czochralski|floating[- ]zone|melt[- ]quench\\w*|"
      + "co-?precipitat\\w*|hydrothermal|solvothermal|arc[- ]melt\\w*|glycine|ball[- ]mill\\w*|"
      + "high-temperature (?:solid|reaction)|conventional (?:solid|ceramic|mixed)|"
      + "(?:syntheses|synthesis|preparation) of|reactions? for the formation of|"
      + "formation reactions?|\\+\\s*\\d*[a-z]?\\s*[A-Z][a-z]?[A-Z0-9(][^.→⟶]{0,80}?[→⟶]",
      Pattern.CASE_INSENSITIVE);
  /**
   * The opening of a materials section: chemicals or reagents of a grade, purchased, used as
   * received; high-purity elements or powders ("All chemicals were of analytical grade").
   */
  private static final Pattern REAGENTS = Pattern.compile(
      "\\b(?:chemicals|reagents)\\b[^.]{0,40}?\\b(?:purchased|grade|used (?:as received|without))"
      + "|\\b(?:high[- ]?purity|highly pure|high pure|analytical[- ]grade|reagent[- ]grade)\\s+"
      + "(?:elements|chemicals|reagents|powders|oxides|metals)\\b", Pattern.CASE_INSENSITIVE);
  /** A heating or cooling rate ({@code 5 °C min-1}, {@code 10 K/min}): a heat treatment's ramp. */
  private static final Pattern RATE = Pattern.compile(
      "(?:°\\s?C|\\bK)\\s?(?:/\\s?(?:min|h)\\b|min\\s?[-−–]\\s?1|h\\s?[-−–]\\s?1)|"
      + "\\b(?:heating|cooling|ramp) rates?\\b");
  /** What the products of a synthesis are called. */
  private static final Pattern PRODUCT = Pattern.compile(
      "\\b(?:polycrystalline|single[- ]phase|ceramics?|phosphors?|powders?|samples|specimens?|"
      + "compounds|pellets?|glasses|single crystals)\\b", Pattern.CASE_INSENSITIVE);
  /** Life-science language: paragraphs about cells, animals, proteins. */
  private static final Pattern ELSEWHERE = Pattern.compile(
      "\\b(?:cells?|mice|rats?|animals?|incubat\\w*|culture[sd]?|medium|antibod\\w*|proteins?|"
      + "peptides?|assays?|ELISA|transgenic|neuro\\w*|PCR|patients?|clinical|DMSO|buffer)\\b",
      Pattern.CASE_INSENSITIVE);
  /** Citations of others' work: a paragraph reviewing routes rather than reporting one. */
  private static final Pattern CITED = Pattern.compile(
      "\\[\\d+(?:\\s*[,–-]\\s*\\d+)*\\]|\\bet al\\.|\\breported\\b|\\breviews?\\b",
      Pattern.CASE_INSENSITIVE);
  /** A series of compositions ("x = 0, 0.1, 0.2", "0 ≤ x ≤ 1"): samples made to a plan. */
  private static final Pattern SERIES = Pattern.compile(
      "\\b[xyzδ]\\s*=\\s*\\d+(?:\\.\\d+)?\\s*(?:,|-|–|to)|\\d\\s*≤\\s*[xyz]\\s*≤|"
      + "\\b(?:nominal )?compositions?\\b");
  private static final Pattern APPARATUS = Pattern.compile(
      "crucible|autoclave|ampoule|furnace|mortar|ball mill|zirconia (?:balls|jar)|glove ?box|"
      + "quartz tube|silica tube|pellets?|hot plate|reactor|teflon", Pattern.CASE_INSENSITIVE);
  private static final Pattern MEASURED = Pattern.compile(
      "\\b(?:measured|recorded|collected|acquired|characteri[sz]ed|examined|analy[sz]ed|"
      + "calculated|computed|simulated|performed|carried out|evaluated|tested|fitted|"
      + "refined|trained|determined|estimated|assessed|extracted)\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern INSTRUMENT = Pattern.compile(
      "diffractomet|spectromet|magnetomet|microscop|spectr(?:a|um|oscopy)\\b|\\bDFT\\b|"
      + "density functional|\\bVASP\\b|functional|k-point|cutoff|supercell|thermostat|Rietveld|"
      + "cryostat|\\bPPMS\\b|impedance|coin cells?|electrolyte|isotherm|\\bBET\\b|\\bXPS\\b|"
      + "Raman|\\bTGA\\b|calorimetr|dilatomet|Mössbauer|neutron|\\bmodel\\b|cross-validation|"
      + "\\bFig\\.|\\bFigure\\b|\\bTable\\b|phonon|convex hull|ensemble|\\bXRD\\b|"
      + "photoluminescence|resistivity|magnetization|Seebeck|Hall", Pattern.CASE_INSENSITIVE);
  private static final Pattern RESULTS = Pattern.compile(
      "\\b(?:shows?|shown|increases?|increased|decreases?|decreased|indicat\\w*|suggest\\w*|"
      + "compared|agreement|consistent|we report|in summary|attracted|however|reach(?:es)?|"
      + "rose|remains?|peaks?|appears?|dominated)\\b", Pattern.CASE_INSENSITIVE);

  /**
   * The features of one paragraph, kept for inspection and tests.
   *
   * @param sectionFor     the heading names a preparation section (+)
   * @param sectionAgainst the heading names results, methods of measurement or computation (−)
   * @param made           "was prepared/synthesized/grown…" or "to obtain"
   * @param stepVerbs      distinct step words (calcined, milled, sintered…)
   * @param pairs          temperatures followed closely by a duration ({@code at 900 °C for 12 h})
   * @param temperatures   temperature mentions
   * @param formulas       distinct formulas
   * @param recipeWords    stoichiometric, molar ratio, purity…
   * @param atmospheres    atmosphere mentions
   * @param apparatus      crucible, autoclave, ampoule, furnace…
   * @param measured       distinct measurement and computation verbs
   * @param instruments    distinct instrument and method words
   * @param results        distinct results-language words
   * @param routes         distinct route phrases (synthesized by, solid-state reaction, flux…)
   * @param products       distinct product words (polycrystalline, ceramics, phosphors…)
   * @param elsewhere      distinct life-science words (cells, mice, assay…)
   * @param sectionNever   the heading names a summary or discussion section (−−)
   * @param cited          distinct citations and "et al.", "reported"
   * @param series         a composition series or "nominal composition"
   * @param reagents       a materials-section opening: chemicals of a grade, purchased… (+)
   * @param rates          distinct heating or cooling rates ({@code 5 °C min-1}) (+)
   */
  public record Features(boolean sectionFor, boolean sectionAgainst, boolean made, int stepVerbs,
                         int pairs, int temperatures, int formulas, int recipeWords,
                         int atmospheres, int apparatus, int measured, int instruments,
                         int results, int routes, int products, int elsewhere,
                         boolean sectionNever, int cited, int series, boolean reagents,
                         int rates) {

    /** The weighted sum before the logistic. */
    public double logit() {
      double z = -1.5;
      z += sectionFor && !sectionAgainst ? 0.8 : 0;
      z -= sectionAgainst ? 1.5 : 0;
      z += made ? 1.2 : 0;
      z += 0.7 * Math.min(stepVerbs, 4);
      z += 0.8 * Math.min(pairs, 3);
      z += temperatures > 0 ? 0.3 : 0;
      z += formulas >= 1 ? 0.3 : 0;
      z += formulas >= 2 ? 0.4 : 0;
      z += 0.5 * Math.min(recipeWords, 2);
      z += 0.4 * Math.min(atmospheres, 2);
      z += 0.4 * Math.min(apparatus, 2);
      z -= 0.9 * Math.min(measured, 3);
      z -= 0.8 * Math.min(instruments, 4);
      z -= 0.6 * Math.min(results, 3);
      z += 1.6 * Math.min(routes, 2);
      z += 0.8 * Math.min(products, 3);
      z -= 0.7 * Math.min(elsewhere, 4);
      z -= sectionNever ? 3.0 : 0;
      z -= 0.5 * Math.min(cited, 3);
      z += series > 0 ? 0.8 : 0;
      z += reagents ? 1.0 : 0;
      z += 0.8 * Math.min(rates, 2);
      return z;
    }
  }

  private ParagraphScorer() {
  }

  /** The features of {@code text} under the heading {@code section} (may be empty). */
  public static Features features(String section, String text) {
    String heading = section == null ? "" : section;
    List<QuantityMentions.Mention> quantities = QuantityMentions.find(text);
    int pairs = 0;
    int temperatures = 0;
    for (int i = 0; i < quantities.size(); i++) {
      QuantityMentions.Mention q = quantities.get(i);
      if (q.kind() != QuantityKind.TEMPERATURE) {
        continue;
      }
      temperatures++;
      if (i + 1 < quantities.size() && quantities.get(i + 1).kind() == QuantityKind.DURATION
          && quantities.get(i + 1).start() - q.end() <= 30) {
        pairs++;
      }
    }
    Set<String> steps = new HashSet<>();
    Matcher verbs = OperationType.matcher(text);
    while (verbs.find()) {
      OperationType t = OperationType.ofWord(verbs.group());
      if (t != null) {
        steps.add(t.code());
      }
    }
    Set<String> formulas = new HashSet<>();
    FormulaMentions.find(text).forEach(f -> formulas.add(f.parsed().composition().reducedFormula()));
    return new Features(SECTION_FOR.matcher(heading).find(),
        SECTION_AGAINST.matcher(heading).find(), MADE.matcher(text).find(), steps.size(), pairs,
        temperatures, formulas.size(), distinct(RECIPE_WORDS, text),
        Atmospheres.find(text).size(), distinct(APPARATUS, text), distinct(MEASURED, text),
        distinct(INSTRUMENT, text), distinct(RESULTS, text), distinct(ROUTE, text),
        distinct(PRODUCT, text), distinct(ELSEWHERE, text),
        SECTION_NEVER.matcher(heading).find(), distinct(CITED, text), distinct(SERIES, text),
        REAGENTS.matcher(text).find(), distinct(RATE, text));
  }

  /** The score of {@code text} under {@code section}, in [0, 1]. */
  public static double score(String section, String text) {
    return 1 / (1 + Math.exp(-features(section, text).logit()));
  }

  private static int distinct(Pattern p, String text) {
    Set<String> seen = new HashSet<>();
    Matcher m = p.matcher(text);
    while (m.find()) {
      seen.add(m.group().toLowerCase(Locale.ROOT));
    }
    return seen.size();
  }
}
