package dev.anneal.quality.dedup.spark;

import org.apache.spark.Partitioner;

/**
 * Routes a node to the partition that holds its document: a node is its document's partition
 * (high 32 bits) and position there (low 32 bits), so records keyed by node meet the document
 * they need in {@code zipPartitions} without the documents being shuffled.
 */
final class HomePartitioner extends Partitioner {

  private static final long serialVersionUID = 1L;
  private final int partitions;

  HomePartitioner(int partitions) {
    this.partitions = partitions;
  }

  /** The node of the document at {@code position} of {@code partition}. */
  static long node(int partition, int position) {
    return (long) partition << 32 | (position & 0xffffffffL);
  }

  /** The partition holding {@code node}'s document. */
  static int partition(long node) {
    return (int) (node >>> 32);
  }

  /** The position of {@code node}'s document within its partition. */
  static int position(long node) {
    return (int) node;
  }

  @Override
  public int numPartitions() {
    return partitions;
  }

  @Override
  public int getPartition(Object key) {
    return partition((Long) key);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof HomePartitioner p && p.partitions == partitions;
  }

  @Override
  public int hashCode() {
    return partitions;
  }
}
