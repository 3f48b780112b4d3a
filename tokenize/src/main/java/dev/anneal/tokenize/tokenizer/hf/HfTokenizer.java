package dev.anneal.tokenize.tokenizer.hf;

import dev.anneal.tokenize.tokenizer.TextTokenizer;
import java.util.ArrayList;
import java.util.List;

/**
 * A tokenizer from a Hugging Face {@code tokenizer.json} (byte-level BPE, or SentencePiece-style
 * BPE with byte fallback), giving the ids of the library's
 * {@code encode(text, add_special_tokens=false)} with {@code encode_special_tokens=true}.
 *
 * <p>Two deliberate choices follow {@link TextTokenizer}'s contract. Special added tokens
 * ({@code <|endoftext|>}, Falcon's {@code >>TITLE<<}, ...) written in a document are ordinary
 * text, so a document cannot end itself or forge a header; non-special added tokens are still
 * matched as the library does. And {@link #encode} applies no post-processor: the packer inserts
 * {@link #endOfTextId()} between documents, and {@link #encodeDocument} puts
 * {@link #beginOfSequenceId()} first where the model's post-processor does.
 *
 * <p>Thread-safe: one instance per file is shared by every task in a JVM ({@link LoadedTokenizers}).
 */
public final class HfTokenizer implements TextTokenizer {

  private final String name;
  private final String sha256;
  private final String[] idToToken;
  private final DocumentBoundaries boundaries;
  private final AddedTokenSplitter rawAdded;
  private final AddedTokenSplitter normalizedAdded;
  private final TextNormalizer normalizer;
  private final PreTokenizer preTokenizer;
  private final TokenModel model;
  private final TokenDecoder decoder;

  HfTokenizer(String name, String sha256, String[] idToToken, DocumentBoundaries boundaries,
      List<AddedToken> added, TextNormalizer normalizer, PreTokenizer preTokenizer, TokenModel model,
      TokenDecoder decoder) {
    this.name = name;
    this.sha256 = sha256;
    this.idToToken = idToToken;
    this.boundaries = boundaries;
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
    this.decoder = decoder;
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
    return boundaries.endOfText();
  }

  @Override
  public int beginOfSequenceId() {
    return boundaries.bos();
  }

  @Override
  public String definitionSha256() {
    return sha256;
  }

  /** The token string of {@code id}, or null. */
  public String token(int id) {
    return id >= 0 && id < idToToken.length ? idToToken[id] : null;
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
    boolean atStart = true;
    for (AddedTokenSplitter.Piece raw : rawPieces) {
      if (raw.id() >= 0) {
        out.add(raw.id());
        atStart = false;
        continue;
      }
      pieces.clear();
      normalizedAdded.split(normalizer.apply(raw.text()), pieces);
      for (AddedTokenSplitter.Piece piece : pieces) {
        if (piece.id() >= 0) {
          out.add(piece.id());
          atStart = false;
          continue;
        }
        words.clear();
        preTokenizer.split(piece.text(), atStart, words);
        atStart = false;
        for (String word : words) {
          model.encode(word, out);
        }
      }
    }
    return out.toArray();
  }

  @Override
  public String decode(int[] ids) {
    List<String> tokens = new ArrayList<>(ids.length);
    for (int id : ids) {
      String token = token(id);
      if (token == null) {
        throw new IllegalArgumentException("id " + id + " is not in " + name);
      }
      tokens.add(token);
    }
    return decoder.decode(tokens);
  }

  @Override
  public String toString() {
    return name + " (" + idToToken.length + " ids, end of text " + boundaries.endOfText()
        + (boundaries.bos() >= 0 ? ", begin of sequence " + boundaries.bos() : "") + ")";
  }
}
