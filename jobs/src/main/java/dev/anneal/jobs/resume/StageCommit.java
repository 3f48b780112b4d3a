package dev.anneal.jobs.resume;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * Moves a stage's staged outputs into place: each output folder or file is renamed over the old
 * one (a rename is atomic on HDFS and local disks; the stage manifest, written afterwards, marks
 * the whole stage as committed).
 */
public final class StageCommit {

  private StageCommit() {
  }

  /** Replaces {@code outRoot/<o>} by {@code stagingRoot/<o>} for each output {@code o}; an output the stage wrote nothing to (no staged path) is removed. */
  public static void commit(Configuration conf, String stagingRoot, String outRoot,
                            Collection<String> outputs) {
    for (String o : outputs) {
      Path src = new Path(stagingRoot + "/" + o);
      Path dst = new Path(outRoot + "/" + o);
      try {
        FileSystem fs = dst.getFileSystem(conf);
        fs.delete(dst, true);
        // The parent exists even when the stage wrote nothing there: an empty quarantine
        // partition still leaves raw/quarantine readable, as a direct write would.
        fs.mkdirs(dst.getParent());
        if (fs.exists(src)) {
          if (!fs.rename(src, dst)) {
            throw new IOException("rename returned false");
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot move " + src + " to " + dst, e);
      }
    }
    clear(conf, stagingRoot);
  }

  /**
   * Removes a staging folder (what a killed attempt left, or what a commit left behind), and its
   * parent when that is left empty.
   */
  public static void clear(Configuration conf, String stagingRoot) {
    Path p = new Path(stagingRoot);
    try {
      FileSystem fs = p.getFileSystem(conf);
      fs.delete(p, true);
      Path parent = p.getParent();
      if (fs.exists(parent) && fs.listStatus(parent).length == 0) {
        fs.delete(parent, false);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot remove " + p, e);
    }
  }
}
