package dev.anneal.ingest;

import java.util.List;

/**
 * What a parser made of one file: the records it could read and a rejection for each part it
 * could not. A partly good file has both.
 *
 * @param records    the records read, in file order
 * @param rejections the parts of the file that were not read, each with its reason
 * @param <T>        the record type
 */
public record ParseResult<T>(List<T> records, List<Rejection> rejections) {

  public ParseResult {
    records = List.copyOf(records);
    rejections = List.copyOf(rejections);
  }

  /** A file read completely. */
  public static <T> ParseResult<T> of(List<T> records) {
    return new ParseResult<>(records, List.of());
  }

  /** A file of which nothing could be read. */
  public static <T> ParseResult<T> rejected(Rejection rejection) {
    return new ParseResult<>(List.of(), List.of(rejection));
  }
}
