package dev.anneal.jobs.resume;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.anneal.ingest.ContentId;
import dev.anneal.jobs.config.ConfigLoader;
import dev.anneal.jobs.stage.OutputLayout;
import dev.anneal.jobs.stage.Stage;
import dev.anneal.jobs.stage.StageReport;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.hadoop.conf.Configuration;

/**
 * Decides whether a stage can be skipped, stages its outputs while it runs, and commits them
 * with the stage manifest.
 */
public final class Resumer {

  private final Configuration conf;
  private final OutputLayout out;
  private final String input;
  private final ObjectNode configTree;
  private final ResumePolicy policy;
  private final ManifestStore store;
  private final String codeVersion;

  /** A resumer for the run writing {@code out}, reading {@code input} (or null). */
  public Resumer(Configuration conf, OutputLayout out, String input, ObjectNode configTree,
                 ResumePolicy policy, String codeVersion) {
    this.conf = conf;
    this.out = out;
    this.input = input;
    this.configTree = configTree;
    this.policy = policy;
    this.store = new ManifestStore(conf, out.root());
    this.codeVersion = codeVersion;
  }

  /**
   * Why a stage must run.
   *
   * @param skip   the manifest of the unchanged earlier run, or null when the stage runs
   * @param reason why it runs (or {@code unchanged})
   */
  public record Decision(StageManifest skip, String reason) {
  }

  /** Whether {@code stage} can be skipped, and why not. */
  public Decision decide(Stage stage) {
    if (stage.outputs().isEmpty()) {
      return new Decision(null, "not resumable (declares no outputs)");
    }
    if (policy.forces(stage.name())) {
      return new Decision(null, policy.enabled() ? "forced" : "always run");
    }
    Optional<StageManifest> found = store.read(stage.name());
    if (found.isEmpty()) {
      return new Decision(null, "no committed run");
    }
    StageManifest m = found.get();
    if (!codeVersion.equals(m.codeVersion())) {
      return new Decision(null, "code version changed (" + m.codeVersion() + " → " + codeVersion + ")");
    }
    if (!m.configSections().equals(stage.configSections())
        || !configSha256(stage.configSections()).equals(m.configSha256())) {
      return new Decision(null, "configuration changed");
    }
    for (Map.Entry<String, String> e : m.inputs().entrySet()) {
      if (!fingerprint(e.getKey()).equals(e.getValue())) {
        return new Decision(null, "input " + e.getKey() + " changed");
      }
    }
    for (Map.Entry<String, String> e : m.outputs().entrySet()) {
      if (!fingerprint(e.getKey()).equals(e.getValue())) {
        return new Decision(null, "output " + e.getKey() + " changed since it was written");
      }
    }
    return new Decision(m, "unchanged");
  }

  /**
   * Prepares {@code stage} to run: forgets its manifest, clears what a killed attempt staged,
   * and returns the layout that sends its outputs to the staging folder (or {@code out} for a
   * stage that declares none).
   */
  public OutputLayout begin(Stage stage) {
    if (stage.outputs().isEmpty()) {
      return out.staged(null, List.of());
    }
    store.delete(stage.name());
    StageCommit.clear(conf, store.staging(stage.name()));
    return out.staged(store.staging(stage.name()), stage.outputs());
  }

  /**
   * Moves the outputs {@code stage} wrote into place and, when it succeeded, records its
   * manifest: every path it read through its layout (and every declared input) with its
   * fingerprint, and every output it wrote. A declared output the stage never asked its layout
   * for is left as it is.
   */
  public void commit(Stage stage, OutputLayout used, StageReport report) {
    if (stage.outputs().isEmpty()) {
      return;
    }
    List<String> written = new ArrayList<>();
    for (String o : stage.outputs()) {
      if (used.accessed().stream().anyMatch(a -> OutputLayout.coveredBy(a, List.of(o)))) {
        written.add(o);
      }
    }
    StageCommit.commit(conf, store.staging(stage.name()), out.root(), written);
    if (report.failure() != null) {
      return;
    }
    TreeSet<String> inputs = new TreeSet<>(stage.inputs());
    for (String a : used.accessed()) {
      if (!a.startsWith("_") && !OutputLayout.coveredBy(a, stage.outputs())) {
        inputs.add(a);
      }
    }
    Map<String, String> inputFingerprints = new TreeMap<>();
    inputs.forEach(i -> inputFingerprints.put(i, fingerprint(i)));
    Map<String, String> outputFingerprints = new TreeMap<>();
    written.forEach(o -> outputFingerprints.put(o, fingerprint(o)));
    store.write(new StageManifest(stage.name(), codeVersion, stage.configSections(),
        configSha256(stage.configSections()), inputFingerprints, outputFingerprints,
        report.counts(), report.reasons(), report.seconds(), Instant.now().toString()));
  }

  /** The fingerprint of a relative path under OUT, or of the input directory. */
  String fingerprint(String relative) {
    if (Stage.INPUT.equals(relative)) {
      if (input == null) {
        return Fingerprints.ABSENT;
      }
      String listing = input + "\n" + Fingerprints.of(conf, input);
      return ContentId.sha256Hex(listing.getBytes(StandardCharsets.UTF_8));
    }
    return Fingerprints.of(conf, out.root() + "/" + relative);
  }

  /** The hash of the configuration sections a stage depends on. */
  String configSha256(List<String> sections) {
    ObjectNode selected = JsonNodeFactory.instance.objectNode();
    if (sections.contains(Stage.ALL_CONFIG)) {
      Iterator<Map.Entry<String, JsonNode>> fields = configTree.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> f = fields.next();
        if (!f.getKey().equals("spark")) {
          selected.set(f.getKey(), f.getValue());
        }
      }
    }
    for (String s : sections) {
      // A section ("tokenize") or one key of it ("tokenize.seed").
      JsonNode node = configTree.at("/" + s.replace('.', '/'));
      if (!node.isMissingNode()) {
        selected.set(s, node);
      }
    }
    return ConfigLoader.sha256(selected);
  }
}
