package dev.anneal.tokenize.shard;

import org.apache.spark.Partitioner;

/** Sends a shuffle key to shard {@code key mod shards}: exactly one shard per partition. */
final class ShardPartitioner extends Partitioner {

  private static final long serialVersionUID = 1L;
  private final int shards;

  ShardPartitioner(int shards) {
    this.shards = shards;
  }

  @Override
  public int numPartitions() {
    return shards;
  }

  @Override
  public int getPartition(Object key) {
    return (int) Math.floorMod((Long) key, (long) shards);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ShardPartitioner p && p.shards == shards;
  }

  @Override
  public int hashCode() {
    return shards;
  }
}
