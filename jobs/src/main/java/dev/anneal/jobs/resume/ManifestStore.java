package dev.anneal.jobs.resume;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/** Reads, writes (atomically, by rename) and removes the stage manifests under {@code OUT/_stages/}. */
public final class ManifestStore {

  /** The folder under OUT that holds stage manifests and staging folders. */
  public static final String DIR = "_stages";

  private static final ObjectMapper JSON = new ObjectMapper()
      .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
      .enable(SerializationFeature.INDENT_OUTPUT)
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private final Configuration conf;
  private final String root;

  /** The store of the run writing to {@code outRoot}. */
  public ManifestStore(Configuration conf, String outRoot) {
    this.conf = conf;
    this.root = outRoot + "/" + DIR;
  }

  /** {@code OUT/_stages/<stage>.json}. */
  public String path(String stage) {
    return root + "/" + stage + ".json";
  }

  /** The staging folder of {@code stage}. */
  public String staging(String stage) {
    return root + "/staging/" + stage;
  }

  /** The manifest of {@code stage}, if it committed; an unreadable manifest counts as none. */
  public Optional<StageManifest> read(String stage) {
    Path p = new Path(path(stage));
    try {
      FileSystem fs = p.getFileSystem(conf);
      if (!fs.exists(p)) {
        return Optional.empty();
      }
      try (InputStream in = fs.open(p)) {
        return Optional.of(JSON.readValue(in, StageManifest.class));
      }
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** Writes the manifest next to its final name, then renames it into place. */
  public void write(StageManifest manifest) {
    Path target = new Path(path(manifest.stage()));
    Path tmp = new Path(path(manifest.stage()) + ".tmp");
    try {
      FileSystem fs = target.getFileSystem(conf);
      try (OutputStream out = fs.create(tmp, true)) {
        JSON.writeValue(out, manifest);
      }
      fs.delete(target, false);
      if (!fs.rename(tmp, target)) {
        throw new IOException("rename failed");
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + target, e);
    }
  }

  /** Removes the manifest of {@code stage}: it is about to run and has not committed. */
  public void delete(String stage) {
    Path p = new Path(path(stage));
    try {
      p.getFileSystem(conf).delete(p, false);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot remove " + p, e);
    }
  }
}
