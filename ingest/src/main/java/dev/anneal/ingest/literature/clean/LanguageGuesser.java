package dev.anneal.ingest.literature.clean;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.tika.langdetect.opennlp.OpenNLPDetector;
import org.apache.tika.language.detect.LanguageResult;

/**
 * Detects a document's language with Apache OpenNLP's language model (103 languages, through
 * Tika's {@code tika-langdetect-opennlp}); answers "" when the text is too short or the model
 * is unsure. One instance per thread: the detector keeps state between calls.
 */
public final class LanguageGuesser {

  /** How many characters of a document are examined. */
  public static final int SAMPLE_CHARS = 4000;
  /** Shorter texts are not classified. */
  public static final int MIN_CHARS = 40;

  /** How many times the runner-up's score the winner needs. */
  public static final float MIN_LEAD = 1.5f;

  /** ISO 639-3 (what the model answers) → ISO 639-1, for the languages that have both. */
  private static final Map<String, String> TWO_LETTER = twoLetterCodes();

  private final OpenNLPDetector detector;

  /** A guesser with the built-in model (loaded once per JVM). */
  public LanguageGuesser() {
    try {
      detector = new OpenNLPDetector();
      detector.loadModels();
      detector.setMaxLength(SAMPLE_CHARS);
    } catch (IOException e) {
      throw new UncheckedIOException("the language model could not be loaded", e);
    }
  }

  private static Map<String, String> twoLetterCodes() {
    Map<String, String> map = new HashMap<>();
    for (String two : Locale.getISOLanguages()) {
      try {
        map.put(Locale.forLanguageTag(two).getISO3Language(), two);
      } catch (java.util.MissingResourceException e) {
        // no three-letter code: nothing to map
      }
    }
    return Map.copyOf(map);
  }

  /** The ISO 639-1 code (ISO 639-3 where there is none) of {@code text}, or "". */
  public String language(String text) {
    if (text.length() < MIN_CHARS) {
      return "";
    }
    detector.reset();
    String sample = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
    detector.addText(sample);
    List<LanguageResult> results = detector.detectAll();
    if (results.isEmpty()) {
      return "";
    }
    LanguageResult best = results.get(0);
    float second = results.size() > 1 ? results.get(1).getRawScore() : 0f;
    // The model's scores are spread over 103 languages: the winner is trusted when it leads the
    // runner-up clearly, not by its absolute score.
    if (best.getRawScore() < MIN_LEAD * second) {
      return "";
    }
    return TWO_LETTER.getOrDefault(best.getLanguage(), best.getLanguage());
  }
}
