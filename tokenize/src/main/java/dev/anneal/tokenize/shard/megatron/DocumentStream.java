package dev.anneal.tokenize.shard.megatron;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * Rebuilds whole training documents from packed sequences read in shard order: a document's
 * pieces are consecutive (a cut document continues at the start of the next sequence) and its
 * last piece ends with the end-of-text token, which the tokenizers never emit inside a text.
 */
public final class DocumentStream implements Iterator<DocumentStream.Document> {

  /**
   * One training document.
   *
   * @param sampleId the sample it was rendered from
   * @param ids      its token ids, end-of-text token last
   * @param pieces   how many pieces packing cut it into (1 when whole)
   */
  public record Document(String sampleId, int[] ids, int pieces) {
  }

  /**
   * One packed sequence as stored in a shard row.
   *
   * @param inputIds   token ids
   * @param docLengths length of each piece
   * @param sampleIds  sample of each piece
   */
  public record Sequence(List<Integer> inputIds, List<Integer> docLengths,
                         List<String> sampleIds) {
  }

  private final Iterator<Sequence> sequences;
  private final int endOfText;
  private Sequence current;
  private int piece;
  private int at;
  private Document ready;

  /** Documents of {@code sequences}, separated by {@code endOfText}. */
  public DocumentStream(Iterator<Sequence> sequences, int endOfText) {
    this.sequences = sequences;
    this.endOfText = endOfText;
  }

  @Override
  public boolean hasNext() {
    if (ready == null) {
      ready = read();
    }
    return ready != null;
  }

  @Override
  public Document next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    Document out = ready;
    ready = null;
    return out;
  }

  private Document read() {
    String open = null;
    List<Integer> ids = new ArrayList<>();
    int pieces = 0;
    while (true) {
      if (current == null || piece == current.docLengths().size()) {
        if (!sequences.hasNext()) {
          if (open != null) {
            throw new IllegalStateException("the shards end inside document " + open);
          }
          return null;
        }
        current = sequences.next();
        piece = 0;
        at = 0;
      }
      String id = current.sampleIds().get(piece);
      int len = current.docLengths().get(piece);
      if (open != null && (!open.equals(id) || piece != 0)) {
        throw new IllegalStateException("document " + open + " is not continued by the next"
            + " sequence's first piece (found " + id + ")");
      }
      ids.addAll(current.inputIds().subList(at, at + len));
      at += len;
      piece++;
      pieces++;
      if (len > 0 && ids.get(ids.size() - 1) == endOfText) {
        return new Document(id, ids.stream().mapToInt(Integer::intValue).toArray(), pieces);
      }
      open = id;
    }
  }
}
