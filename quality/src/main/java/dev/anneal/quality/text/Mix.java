package dev.anneal.quality.text;

/** The SplitMix64 finalizer: a fast bijective 64-bit mixer used for every hash in the module. */
public final class Mix {

  private Mix() {
  }

  /** Mixes {@code z} so that every input bit affects every output bit. */
  public static long mix64(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }
}
