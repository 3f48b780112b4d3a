package dev.anneal.tokenize.tokenizer.hf;

import java.util.ArrayList;
import java.util.List;

/** Pre-tokenizers applied one after the other, each to every piece the previous one produced. */
final class SequencePreTokenizer implements PreTokenizer {

  private final List<PreTokenizer> steps;

  SequencePreTokenizer(List<PreTokenizer> steps) {
    this.steps = List.copyOf(steps);
  }

  @Override
  public void split(String piece, List<String> out) {
    split(piece, false, out);
  }

  @Override
  public void split(String piece, boolean atStart, List<String> out) {
    List<String> current = new ArrayList<>(4);
    current.add(piece);
    for (PreTokenizer step : steps) {
      List<String> next = new ArrayList<>(current.size() * 2);
      for (int i = 0; i < current.size(); i++) {
        // Only the first piece can start where the document starts.
        step.split(current.get(i), atStart && i == 0, next);
      }
      current = next;
    }
    out.addAll(current);
  }
}
