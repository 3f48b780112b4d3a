package dev.anneal.ingest.lablog;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Replaces personal names and e-mail addresses by {@code person:} and 12 hex characters of an
 * HMAC-SHA256 of the folded name under a secret key, so the same person gets the same pseudonym
 * in every run and file while the name cannot be recovered without the key.
 *
 * <p><b>Production runs must set their own key</b> (configuration {@code lablog.pseudonymization_key},
 * at least 16 characters, kept out of the repository): with the public {@link #DEFAULT_KEY}
 * anyone can confirm a guessed name by hashing it.
 */
public final class Pseudonymizer {

  /** The key for examples and tests only; it is public, so it protects nothing. */
  public static final String DEFAULT_KEY = "anneal-example-key-not-secret";

  /** The prefix of every pseudonym. */
  public static final String PREFIX = "person:";

  private static final Pattern EMAIL = Pattern.compile(
      "[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");
  private static final Pattern PSEUDONYM = Pattern.compile("person:[0-9a-f]{12}");

  /** Pseudonyms already computed: an operator's name recurs on every row of a log. */
  private static final int CACHE_LIMIT = 100_000;

  private final SecretKeySpec key;
  private final ThreadLocal<Mac> mac;
  private final java.util.concurrent.ConcurrentHashMap<String, String> cache =
      new java.util.concurrent.ConcurrentHashMap<>();

  private Pseudonymizer(byte[] key) {
    this.key = new SecretKeySpec(key, "HmacSHA256");
    this.mac = ThreadLocal.withInitial(() -> {
      try {
        Mac m = Mac.getInstance("HmacSHA256");
        m.init(this.key);
        return m;
      } catch (GeneralSecurityException e) {
        throw new IllegalStateException("every Java runtime has HmacSHA256", e);
      }
    });
  }

  /** A pseudonymizer keyed by {@code key} (UTF-8 bytes); a key under 16 characters is refused. */
  public static Pseudonymizer withKey(String key) {
    if (key == null || key.length() < 16) {
      throw new IllegalArgumentException("a pseudonymization key needs at least 16 characters");
    }
    return new Pseudonymizer(key.getBytes(StandardCharsets.UTF_8));
  }

  /** A pseudonymizer with the public example key: for examples and tests, never production. */
  public static Pseudonymizer withDefaultKey() {
    return withKey(DEFAULT_KEY);
  }

  /**
   * The pseudonym of one person as an operator cell holds them; blank stays "", and a cell that
   * already is a pseudonym is kept, so pseudonymizing twice changes nothing.
   */
  public String person(String name) {
    if (name == null || name.isBlank()) {
      return "";
    }
    String n = name.strip();
    if (PSEUDONYM.matcher(n).matches()) {
      return n;
    }
    // Case and spacing do not make another person: "Jana  Novak" and "jana novak" are one.
    String folded = n.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    String known = cache.get(folded);
    if (known != null) {
      return known;
    }
    byte[] h = mac.get().doFinal(folded.getBytes(StandardCharsets.UTF_8));
    String pseudonym = PREFIX + HexFormat.of().formatHex(h).substring(0, 12);
    if (cache.size() >= CACHE_LIMIT) {
      cache.clear();
    }
    cache.put(folded, pseudonym);
    return pseudonym;
  }

  /**
   * {@code text} with every e-mail address and every occurrence of one of {@code knownNames}
   * (whole words, any case) replaced by its pseudonym; see {@link #scrubber(Collection)}.
   */
  public String text(String text, Collection<String> knownNames) {
    return scrubber(knownNames).apply(text);
  }

  /**
   * A function that pseudonymizes free text for one file: every e-mail address and every
   * occurrence of one of {@code knownNames} (whole words, any case, any spacing). Longer names are
   * replaced first so "Wei Li" is not half-replaced by a shorter "Li"; names under three
   * characters are not searched for, since they would hit ordinary words and element symbols.
   */
  public UnaryOperator<String> scrubber(Collection<String> knownNames) {
    List<Map.Entry<Pattern, String>> names = new ArrayList<>();
    List<String> firstWords = new ArrayList<>();
    knownNames.stream().filter(s -> s != null && s.strip().length() >= 3)
        .map(String::strip).filter(s -> !PSEUDONYM.matcher(s).matches()).distinct()
        .sorted(Comparator.comparingInt(String::length).reversed())
        .peek(name -> firstWords.add(name.split("\\s+")[0].toLowerCase(Locale.ROOT)))
        .forEach(name -> names.add(Map.entry(Pattern.compile(
            "(?<![\\p{L}\\p{N}])" + Pattern.quote(name).replace(" ", "\\E\\s+\\Q")
                + "(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
            person(name))));
    return text -> {
      if (text == null || text.isEmpty()) {
        return text == null ? "" : text;
      }
      String result = text;
      if (result.indexOf('@') >= 0) {
        Matcher m = EMAIL.matcher(result);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
          m.appendReplacement(out, Matcher.quoteReplacement(person(m.group())));
        }
        m.appendTail(out);
        result = out.toString();
      }
      String lower = names.isEmpty() ? "" : result.toLowerCase(Locale.ROOT);
      for (int i = 0; i < names.size(); i++) {
        // A cheap substring test first: most cells hold no name at all.
        if (lower.contains(firstWords.get(i))) {
          Map.Entry<Pattern, String> e = names.get(i);
          result = e.getKey().matcher(result).replaceAll(Matcher.quoteReplacement(e.getValue()));
        }
      }
      return result;
    };
  }

  /** Whether {@code text} holds an e-mail address. */
  public static boolean hasEmail(String text) {
    return text != null && EMAIL.matcher(text).find();
  }
}
