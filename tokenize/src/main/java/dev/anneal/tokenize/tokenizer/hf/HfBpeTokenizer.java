package dev.anneal.tokenize.tokenizer.hf;

import dev.anneal.tokenize.tokenizer.TextTokenizer;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A byte-level BPE tokenizer from a Hugging Face {@code tokenizer.json}, giving the ids of the
 * library's {@code encode(text, add_special_tokens=false)} with {@code encode_special_tokens=true}.
 *
 * <p>Two deliberate choices follow {@link TextTokenizer}'s contract. Special added tokens
 * ({@code <|endoftext|>}, Falcon's {@code >>TITLE<<}, ...) written in a document are ordinary
 * text, so a document cannot end itself or forge a header; non-special added tokens are still
 * matched as the library does. And the post-processor is not applied (no BOS/EOS): the packer
 * inserts {@link #endOfTextId()} between documents itself.
 *
 * <p>Thread-safe: one instance per file is shared by every task in a JVM ({@link LoadedTokenizers}).
 */
public final class HfBpeTokenizer implements TextTokenizer {

  private final String name;
  private final String sha256;
  private final String[] idToToken;
  private final int endOfText;
  private final AddedTokenSplitter rawAdded;
  private final AddedTokenSplitter normalizedAdded;
  private final TextNormalizer normalizer;
  private final PreTokenizer preTokenizer;
  private final BpeModel model;

  HfBpeTokenizer(String name, String sha256, String[] idToToken, int endOfText,
      List<AddedToken> added, TextNormalizer normalizer, PreTokenizer preTokenizer, BpeModel model) {
    this.name = name;
    this.sha256 = sha256;
    this.idToToken = idToToken;
    this.endOfText = endOfText;
    List<AddedToken> raw = new ArrayList<>();
    List<AddedToken> normalized = new ArrayList<>();
    for (AddedToken t : added) {
      if (!t.special()) {
        (t.normalized() ? normalized : raw).add(t);
      }
    }
    this.rawAdded = new AddedTokenSplitter(raw, normalizer);
    this.normalizedAdded = new AddedTokenSplitter(normalized, normalizer);
    this.normalizer = normalizer;
    this.preTokenizer = preTokenizer;
    this.model = model;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public int vocabSize() {
    return idToToken.length;
  }

  @Override
  public int endOfTextId() {
    return endOfText;
  }

  @Override
  public String definitionSha256() {
    return sha256;
  }

  @Override
  public int[] encode(String text) {
    IntBuffer out = new IntBuffer(text.length() / 3 + 8);
    if (text.isEmpty()) {
      return out.toArray();
    }
    // The library's order: added tokens matched on raw text, normalize the rest, then added
    // tokens matched on normalized text, then pre-tokenize and run the model on each piece.
    List<AddedTokenSplitter.Piece> rawPieces = new ArrayList<>(1);
    rawAdded.split(text, rawPieces);
    List<AddedTokenSplitter.Piece> pieces = new ArrayList<>(1);
    List<String> words = new ArrayList<>();
    for (AddedTokenSplitter.Piece raw : rawPieces) {
      if (raw.id() >= 0) {
        out.add(raw.id());
        continue;
      }
      pieces.clear();
      normalizedAdded.split(normalizer.apply(raw.text()), pieces);
      for (AddedTokenSplitter.Piece piece : pieces) {
        if (piece.id() >= 0) {
          out.add(piece.id());
          continue;
        }
        words.clear();
        preTokenizer.split(piece.text(), words);
        for (String word : words) {
          model.encode(word, out);
        }
      }
    }
    return out.toArray();
  }

  @Override
  public String decode(int[] ids) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(ids.length * 4);
    for (int id : ids) {
      String token = id >= 0 && id < idToToken.length ? idToToken[id] : null;
      if (token == null) {
        throw new IllegalArgumentException("id " + id + " is not in " + name);
      }
      ByteLevelAlphabet.decodeInto(token, bytes);
    }
    // Invalid UTF-8 (a sequence cut mid-character) becomes U+FFFD, like from_utf8_lossy.
    return bytes.toString(StandardCharsets.UTF_8);
  }
}
