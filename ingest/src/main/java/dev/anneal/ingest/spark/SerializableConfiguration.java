package dev.anneal.ingest.spark;

import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import org.apache.hadoop.conf.Configuration;

/** A Hadoop configuration that travels to executors inside a task closure. */
public final class SerializableConfiguration implements Serializable {

  private static final long serialVersionUID = 1L;

  private transient Configuration conf;

  /** Wraps {@code conf} for shipping to executors. */
  public SerializableConfiguration(Configuration conf) {
    this.conf = conf;
  }

  /** The configuration, on the driver or rebuilt on an executor. */
  public Configuration get() {
    return conf;
  }

  private void writeObject(ObjectOutputStream out) throws IOException {
    out.defaultWriteObject();
    conf.write(out);
  }

  private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
    in.defaultReadObject();
    conf = new Configuration(false);
    conf.readFields(in);
  }
}
