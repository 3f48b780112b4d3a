package dev.anneal.jobs.progress;

import java.util.concurrent.atomic.AtomicLong;
import org.apache.spark.executor.TaskMetrics;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerStageSubmitted;
import org.apache.spark.scheduler.SparkListenerTaskEnd;

/**
 * A Spark listener that counts tasks submitted and finished and records read since its last
 * {@link #reset()}: what one pipeline stage has done so far.
 */
public final class TaskCounter extends SparkListener {

  private final AtomicLong total = new AtomicLong();
  private final AtomicLong done = new AtomicLong();
  private final AtomicLong records = new AtomicLong();

  /** Starts counting anew (a pipeline stage begins). */
  public void reset() {
    total.set(0);
    done.set(0);
    records.set(0);
  }

  @Override
  public void onStageSubmitted(SparkListenerStageSubmitted event) {
    total.addAndGet(event.stageInfo().numTasks());
  }

  @Override
  public void onTaskEnd(SparkListenerTaskEnd event) {
    done.incrementAndGet();
    TaskMetrics m = event.taskMetrics();
    if (m != null) {
      records.addAndGet(m.inputMetrics().recordsRead() + m.shuffleReadMetrics().recordsRead());
    }
  }

  /** Tasks of the Spark stages submitted so far. */
  public long total() {
    return total.get();
  }

  /** Tasks finished. */
  public long done() {
    return done.get();
  }

  /** Records read by finished tasks (input plus shuffle). */
  public long records() {
    return records.get();
  }
}
