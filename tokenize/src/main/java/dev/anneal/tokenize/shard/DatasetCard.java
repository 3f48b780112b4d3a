package dev.anneal.tokenize.shard;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code shards/README.md}: a Hugging Face dataset card for a shard set, written from its
 * manifest. The YAML front matter names the Parquet files of each split as {@code data_files}
 * globs (so {@code datasets.load_dataset} and DuckDB read them as they are), the features and
 * the licences; the body gives the tokenizer, tokens per source and per licence, how the set was
 * made and the Megatron-LM flags for {@code shards/megatron}.
 */
public final class DatasetCard {

  /** Hugging Face's split name for each of our split directories. */
  public static final Map<String, String> HF_SPLITS = Map.of("train", "train", "val",
      "validation");

  private DatasetCard() {
  }

  /** The card of {@code m}. */
  public static String render(ShardManifest m) {
    StringBuilder b = new StringBuilder();
    b.append("---\n");
    b.append("pretty_name: Anneal training shards\n");
    b.append("license:\n");
    for (String l : hfLicences(m)) {
      b.append("- ").append(l).append('\n');
    }
    b.append("task_categories:\n- text-generation\n");
    b.append("tags:\n- pretokenized\n- materials-science\n- anneal\n");
    b.append("configs:\n- config_name: default\n  data_files:\n");
    for (String split : ShardWriter.SPLITS) {
      if (hasFiles(m, split)) {
        b.append("  - split: ").append(HF_SPLITS.get(split)).append('\n');
        b.append("    path: ").append(split).append("/*.parquet\n");
      }
    }
    b.append("dataset_info:\n  features:\n");
    b.append("  - name: input_ids\n    sequence: int32\n");
    b.append("  - name: doc_lengths\n    sequence: int32\n");
    b.append("  - name: sample_ids\n    sequence: string\n");
    b.append("  - name: sources\n    sequence: string\n");
    b.append("  splits:\n");
    for (String split : ShardWriter.SPLITS) {
      if (hasFiles(m, split)) {
        b.append("  - name: ").append(HF_SPLITS.get(split)).append('\n');
        b.append("    num_examples: ").append(m.splits().get(split).sequences()).append('\n');
      }
    }
    b.append("---\n\n");
    ShardManifest.TokenizerInfo t = m.tokenizer();
    b.append("# Anneal training shards\n\n");
    b.append("Pre-tokenized training sequences made by Anneal from scientific papers, crystal"
        + " structures, simulations, lab logs and material dossiers. Each row is one packed"
        + " sequence of at most ").append(m.seqLen()).append(" token ids; `doc_lengths` gives the"
        + " length of each document piece in it (end-of-text token included), `sample_ids` and"
        + " `sources` the sample and mixture source of each piece. `manifest.json` beside this"
        + " card lists every file with its SHA-256.\n\n");
    b.append("## Tokenizer\n\n");
    b.append("| name | vocabulary size | end-of-text id | definition SHA-256 |\n|---|---|---|---|\n");
    b.append("| `").append(t.name()).append("` | ").append(t.vocabSize()).append(" | ")
        .append(t.endOfTextId()).append(" | `").append(t.definitionSha256()).append("` |\n\n");
    b.append("The same four values are in every Parquet file's key-value metadata (`")
        .append(ShardMetadata.TOKENIZER).append("`, `").append(ShardMetadata.VOCAB_SIZE)
        .append("`, `").append(ShardMetadata.END_OF_TEXT_ID).append("`, `")
        .append(ShardMetadata.DEFINITION_SHA256).append("`).\n\n");
    b.append("## Splits\n\n| split | samples | documents | sequences | tokens | cut documents |\n"
        + "|---|---|---|---|---|---|\n");
    for (String split : ShardWriter.SPLITS) {
      ShardManifest.Counts c = m.splits().get(split);
      ShardManifest.PackingStats p = m.packingStats().get(split);
      if (c == null) {
        continue;
      }
      b.append("| ").append(HF_SPLITS.get(split)).append(" | ").append(c.samples()).append(" | ")
          .append(p == null ? 0 : p.documents()).append(" | ").append(c.sequences()).append(" | ")
          .append(c.tokens()).append(" | ").append(p == null ? 0 : p.cutDocuments()).append(" |\n");
    }
    long total = m.splits().values().stream().mapToLong(ShardManifest.Counts::tokens).sum();
    b.append("\n## Tokens per source\n\n| source | samples | tokens | share |\n|---|---|---|---|\n");
    m.sources().forEach((source, c) -> b.append("| ").append(source).append(" | ")
        .append(c.samples()).append(" | ").append(c.tokens()).append(" | ")
        .append(percent(c.tokens(), total)).append(" |\n"));
    b.append("\n## Licences\n\nA sample carries the licence of the documents it was rendered"
        + " from (an SPDX id read from the paper: JATS `<license>`, Markdown front matter), or"
        + " `unknown` when no licence is stated; check `unknown` before training on it.\n\n"
        + "| licence | samples | tokens | share |\n|---|---|---|---|\n");
    Map<String, long[]> licences = new TreeMap<>();
    if (m.licences() != null) {
      m.licences().values().forEach(s -> s.forEach((l, c) -> licences.merge(l,
          new long[] {c.samples(), c.tokens()}, (x, y) -> new long[] {x[0] + y[0], x[1] + y[1]})));
    }
    licences.forEach((l, c) -> b.append("| ").append(l).append(" | ").append(c[0]).append(" | ")
        .append(c[1]).append(" | ").append(percent(c[1], total)).append(" |\n"));
    b.append("\n## How it was made\n\n");
    b.append("- Packing: `").append(m.packing()).append("`, ").append(m.seqLen())
        .append(" tokens per sequence at most, no padding; a document is cut only where it is"
            + " longer than the room left, and its pieces are consecutive and in order.\n");
    b.append("- Split: ").append(String.format(Locale.ROOT, "%.1f", m.valFraction() * 100))
        .append("% of materials (else documents) held out for validation; seed ")
        .append(m.seed()).append(".\n");
    b.append("- Mixture (train weight per source):");
    m.mixture().forEach((s, e) -> b.append(' ').append(s).append(' ')
        .append(String.format(Locale.ROOT, "%.2f", e.weight())).append(';'));
    b.append("\n- Samples excluded by quality checks: ").append(m.excludedSamples()).append(".\n");
    b.append("- Configuration SHA-256 `").append(m.configSha256()).append("`, Anneal ")
        .append(m.codeVersion()).append(".\n\n");
    b.append("## Loading\n\n```python\nfrom datasets import load_dataset\n"
        + "ds = load_dataset(\"parquet\", data_files={\"train\": \"train/*.parquet\","
        + " \"validation\": \"val/*.parquet\"})\n```\n\n");
    b.append("`megatron/{train,val}.{bin,idx}` hold one Megatron document per training document"
        + " (end-of-text token last), for Megatron-LM, NeMo and GPT-NeoX to pack and blend"
        + " themselves:\n\n```\n").append(megatronFlags(m)).append("\n```\n");
    return b.toString();
  }

  /**
   * Megatron-LM arguments that read {@code shards/megatron} of {@code m}. For a tiktoken encoding
   * (ordinary ids all below the end-of-text id) Megatron's {@code NullTokenizer} fits exactly: its
   * end-of-document id is {@code --vocab-size}. Any other tokenizer is named by its
   * {@code tokenizer.json}, whose end-of-text token must be the id given here.
   */
  public static String megatronFlags(ShardManifest m) {
    ShardManifest.TokenizerInfo t = m.tokenizer();
    String common = "--train-data-path megatron/train --valid-data-path megatron/val \\\n"
        + "--seq-length " + m.seqLen() + " --reset-position-ids --reset-attention-mask"
        + " --eod-mask-loss \\\n";
    if (t.name().matches("(o200k|cl100k|p50k|r50k)_base")) {
      return common + "--tokenizer-type NullTokenizer --vocab-size " + t.endOfTextId() + "\n"
          + "# end-of-document id " + t.endOfTextId() + " (NullTokenizer's eod is --vocab-size);"
          + " model vocabulary " + (t.endOfTextId() + 1L) + "\n# (ordinary " + t.name()
          + " ids are all below it; its other special tokens never occur in the shards)";
    }
    return common + "--tokenizer-type HuggingFaceTokenizer --tokenizer-model PATH/TO/"
        + t.name() + "/tokenizer.json\n# vocabulary " + t.vocabSize() + ", end-of-document id "
        + t.endOfTextId() + " (the tokenizer's end-of-text token)";
  }

  /** Hugging Face licence ids: lower-case SPDX, {@code unknown}, or {@code other}. */
  static List<String> hfLicences(ShardManifest m) {
    List<String> out = new ArrayList<>();
    Map<String, Long> tokens = m.tokensPerLicence();
    for (String l : tokens.keySet()) {
      for (String part : l.split(" AND ")) {
        String id = part.matches("[A-Za-z0-9.-]+") ? part.toLowerCase(Locale.ROOT) : "other";
        if (!out.contains(id)) {
          out.add(id);
        }
      }
    }
    if (out.isEmpty()) {
      out.add("unknown");
    }
    return out;
  }

  private static boolean hasFiles(ShardManifest m, String split) {
    return m.files().stream().anyMatch(f -> f.split().equals(split)
        && f.path().endsWith(".parquet"));
  }

  private static String percent(long part, long whole) {
    return whole == 0 ? "0%" : String.format(Locale.ROOT, "%.1f%%", 100.0 * part / whole);
  }
}
