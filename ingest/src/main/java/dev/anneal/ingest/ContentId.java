package dev.anneal.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Content-addressed ids: the SHA-256 of a record's normalized content, truncated to
 * {@value #HEX_CHARS} hex characters, so a re-run gives the same ids and exact duplicates
 * collapse by construction.
 */
public final class ContentId {

  /** 96 bits: collisions stay negligible well past a billion records. */
  public static final int HEX_CHARS = 24;

  private ContentId() {
  }

  /**
   * The id of a record of {@code kind} whose normalized content is {@code parts}; the kind is
   * hashed too, so a paragraph and a document with the same text get different ids.
   */
  public static String of(String kind, String... parts) {
    MessageDigest sha = sha256();
    sha.update(kind.getBytes(StandardCharsets.UTF_8));
    for (String part : parts) {
      sha.update((byte) 0);
      sha.update((part == null ? "" : part).getBytes(StandardCharsets.UTF_8));
    }
    return HexFormat.of().formatHex(sha.digest()).substring(0, HEX_CHARS);
  }

  /** The full lower-case hex SHA-256 of {@code bytes}. */
  public static String sha256Hex(byte[] bytes) {
    return HexFormat.of().formatHex(sha256().digest(bytes));
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
