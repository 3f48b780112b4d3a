package dev.anneal.ingest.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ListingBatchesTest {

  @Test
  void equalSmallFilesAreSpreadIntoContiguousBatchesOfAboutEqualBytes() {
    long[] sizes = new long[1000];
    Arrays.fill(sizes, 1000);
    int[] bounds = ListingBatches.cut(sizes, 4);
    assertEquals(5, bounds.length, Arrays.toString(bounds));
    assertEquals(0, bounds[0]);
    assertEquals(1000, bounds[4]);
    for (int b = 0; b < 4; b++) {
      int files = bounds[b + 1] - bounds[b];
      assertEquals(250, files, 1.0, "batch " + b + " of " + Arrays.toString(bounds));
    }
  }

  @Test
  void aLargeFileGetsABatchOfItsOwnAndTheSmallOnesShareTheRest() {
    long[] sizes = {1000, 100_000_000, 1000, 1000, 1000};
    assertArrayEquals(new int[] {0, 1, 2, 5}, ListingBatches.cut(sizes, 4));
  }

  @Test
  void neverMoreBatchesThanAskedNorEmptyOnes() {
    assertArrayEquals(new int[] {0, 3}, ListingBatches.cut(new long[] {5, 5, 5}, 1));
    assertArrayEquals(new int[] {0, 1, 2}, ListingBatches.cut(new long[] {0, 0}, 8));
    assertArrayEquals(new int[] {0}, ListingBatches.cut(new long[0], 4));
  }

  @Test
  void theCutDependsOnlyOnTheSizes() {
    long[] sizes = {10, 5000, 300, 70_000, 2, 2, 2, 9000, 123_456};
    assertArrayEquals(ListingBatches.cut(sizes, 3), ListingBatches.cut(sizes.clone(), 3));
  }
}
