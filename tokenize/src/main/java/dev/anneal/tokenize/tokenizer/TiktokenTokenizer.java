package dev.anneal.tokenize.tokenizer;

import com.knuddels.jtokkit.Encodings;
import com.knuddels.jtokkit.api.Encoding;
import com.knuddels.jtokkit.api.EncodingRegistry;
import com.knuddels.jtokkit.api.EncodingType;
import com.knuddels.jtokkit.api.IntArrayList;
import dev.anneal.ingest.ContentId;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/** OpenAI's tiktoken encodings ({@code o200k_base}, {@code cl100k_base}, {@code r50k_base}) through JTokkit. */
public final class TiktokenTokenizer implements TextTokenizer {

  /** Vocabulary size (ids including special tokens) and end-of-text id of each encoding. */
  private record Spec(EncodingType type, int vocabSize, int endOfText) {
  }

  private static final Map<String, Spec> SPECS = Map.of(
      "o200k_base", new Spec(EncodingType.O200K_BASE, 200019, 199999),
      "cl100k_base", new Spec(EncodingType.CL100K_BASE, 100277, 100257),
      "r50k_base", new Spec(EncodingType.R50K_BASE, 50257, 50256));

  /** One registry per JVM: loading an encoding's ranks is the expensive part. */
  private static final EncodingRegistry REGISTRY = Encodings.newLazyEncodingRegistry();

  private final String name;
  private final Spec spec;
  private final Encoding encoding;

  private TiktokenTokenizer(String name, Spec spec) {
    this.name = name;
    this.spec = spec;
    this.encoding = REGISTRY.getEncoding(spec.type());
  }

  /** Whether {@code name} is a tiktoken encoding this class provides. */
  public static boolean supports(String name) {
    return SPECS.containsKey(name);
  }

  /** The encoding called {@code name}; a caller mistake if there is none. */
  public static TiktokenTokenizer named(String name) {
    Spec spec = SPECS.get(name);
    if (spec == null) {
      throw new IllegalArgumentException("unknown tiktoken encoding '" + name + "'; known: "
          + String.join(", ", SPECS.keySet()));
    }
    return new TiktokenTokenizer(name, spec);
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public int vocabSize() {
    return spec.vocabSize();
  }

  @Override
  public int endOfTextId() {
    return spec.endOfText();
  }

  @Override
  public String definitionSha256() {
    String resource = "/com/knuddels/jtokkit/" + name + ".tiktoken";
    try (InputStream in = Encodings.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("JTokkit lacks " + resource);
      }
      return ContentId.sha256Hex(in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public int[] encode(String text) {
    return encoding.encodeOrdinary(text).toArray();
  }

  @Override
  public String decode(int[] ids) {
    IntArrayList list = new IntArrayList(ids.length);
    for (int id : ids) {
      list.add(id);
    }
    return encoding.decode(list);
  }
}
