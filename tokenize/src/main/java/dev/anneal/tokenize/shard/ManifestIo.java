package dev.anneal.tokenize.shard;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/** Reads and writes {@code manifest.json} (snake_case keys, pretty-printed). */
public final class ManifestIo {

  private static final ObjectMapper MAPPER = new ObjectMapper()
      .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
      .enable(SerializationFeature.INDENT_OUTPUT);

  private ManifestIo() {
  }

  /** Writes {@code manifest} to {@code out}. */
  public static void write(ShardManifest manifest, OutputStream out) throws IOException {
    MAPPER.writeValue(out, manifest);
  }

  /** Reads a manifest from {@code in}. */
  public static ShardManifest read(InputStream in) throws IOException {
    return MAPPER.readValue(in, ShardManifest.class);
  }
}
