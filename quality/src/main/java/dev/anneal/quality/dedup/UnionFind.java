package dev.anneal.quality.dedup;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Disjoint sets of long nodes whose representative is always the smallest node of the set: the
 * local step of a distributed connected-components computation, which contracts one partition's
 * edges into stars before the rounds that join partitions.
 */
public final class UnionFind {

  private final Map<Long, Integer> index = new HashMap<>();
  private long[] nodes = new long[16];
  private int[] parent = new int[16];
  private int size;

  /** Puts {@code a} and {@code b} in one set. */
  public void union(long a, long b) {
    int ra = find(indexOf(a));
    int rb = find(indexOf(b));
    if (ra == rb) {
      return;
    }
    // The smaller node stays the root, so a root is its set's smallest node.
    if (nodes[ra] < nodes[rb]) {
      parent[rb] = ra;
    } else {
      parent[ra] = rb;
    }
  }

  /** The smallest node of the set holding {@code node}; {@code node} itself if never seen. */
  public long smallest(long node) {
    Integer i = index.get(node);
    return i == null ? node : nodes[find(i)];
  }

  /** Calls {@code f} with (smallest node of its set, node) for every node that is not the smallest. */
  public void forEachLink(LinkConsumer f) {
    for (int i = 0; i < size; i++) {
      int r = find(i);
      if (r != i) {
        f.accept(nodes[r], nodes[i]);
      }
    }
  }

  /** Receives one (root, member) link. */
  @FunctionalInterface
  public interface LinkConsumer {
    /** Called once per member that is not its set's root. */
    void accept(long root, long member);
  }

  private int indexOf(long node) {
    Integer i = index.get(node);
    if (i != null) {
      return i;
    }
    if (size == nodes.length) {
      nodes = Arrays.copyOf(nodes, 2 * size);
      parent = Arrays.copyOf(parent, 2 * size);
    }
    nodes[size] = node;
    parent[size] = size;
    index.put(node, size);
    return size++;
  }

  private int find(int i) {
    int root = i;
    while (parent[root] != root) {
      root = parent[root];
    }
    while (parent[i] != root) { // path compression
      int next = parent[i];
      parent[i] = root;
      i = next;
    }
    return root;
  }
}
