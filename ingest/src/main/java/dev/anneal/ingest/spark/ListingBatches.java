package dev.anneal.ingest.spark;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a sorted file listing into contiguous batches of about equal bytes, one batch per task:
 * many small files share a task (a task per file, or a hash spread by count, pays Spark's and
 * Parquet's per-task cost for every few kilobytes), and a file larger than a batch's share gets
 * a task of its own. The cut depends only on the relative names and sizes, so the same input
 * gives the same batches in any folder and on any machine.
 */
public final class ListingBatches {

  /**
   * What opening a file costs, counted as bytes: a listing of thousands of empty or refused
   * entries must still be spread, and a small file costs more than its bytes.
   */
  static final long OPEN_COST = 4096;

  private ListingBatches() {
  }

  /**
   * The batches of {@code sizes} (file sizes in listing order): each batch is the index range
   * {@code [start, end)}, returned as {@code starts} of at most {@code batches} batches followed
   * by the listing's length; no batch is empty.
   */
  public static int[] cut(long[] sizes, int batches) {
    List<Integer> starts = new ArrayList<>();
    long total = 0;
    for (long s : sizes) {
      total += cost(s);
    }
    int n = Math.max(1, batches);
    long share = Math.max(1, (total + n - 1) / n);
    long filled = 0;
    starts.add(0);
    for (int i = 0; i < sizes.length; i++) {
      long c = cost(sizes[i]);
      // Start a new batch before a file that would overfill a non-empty one, while batches remain.
      if (filled > 0 && filled + c > share && starts.size() < n) {
        starts.add(i);
        filled = 0;
      }
      filled += c;
    }
    int[] out = new int[starts.size() + (sizes.length == 0 ? 0 : 1)];
    for (int i = 0; i < starts.size(); i++) {
      out[i] = starts.get(i);
    }
    if (sizes.length > 0) {
      out[out.length - 1] = sizes.length;
    }
    return sizes.length == 0 ? new int[] {0} : out;
  }

  private static long cost(long size) {
    return Math.max(0, size) + OPEN_COST;
  }
}
