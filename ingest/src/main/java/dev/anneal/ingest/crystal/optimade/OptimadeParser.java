package dev.anneal.ingest.crystal.optimade;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.anneal.ingest.ParseResult;
import dev.anneal.ingest.RecordParser;
import dev.anneal.ingest.Rejection;
import dev.anneal.ingest.SourceFile;
import dev.anneal.ingest.crystal.Structure;
import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads OPTIMADE structure entries into {@link Structure}s with format {@code optimade} and the
 * entry id as block name: a response ({@code {"data": [...]}} or {@code {"data": {...}}}), a bare
 * entry, a bare array of entries, or JSON Lines with one entry (or response) per line.
 *
 * <p>Responses are read with a streaming parser, one {@code data} element at a time, so a large
 * download is never one tree in memory. JSON Lines are read line by line, so one broken line costs
 * only that line. Entries whose {@code type} is not {@code structures} (references, links) are
 * skipped and counted, not rejected; every faulty structure entry is an {@code optimade.*}
 * rejection located by the line its entry starts on, with its index and id in the message.
 */
public final class OptimadeParser implements RecordParser<Structure> {

  /** The {@code format} of every structure this parser makes. */
  public static final String FORMAT = "optimade";

  /** How far the first line is looked at to tell JSON Lines from a (pretty-printed) response. */
  private static final int PEEK_BYTES = 1 << 20;
  /** Top-level members of a response that hold no entries and may be large; never built as trees. */
  private static final Set<String> SKIPPED_MEMBERS = Set.of("meta", "links", "included", "jsonapi");

  private final ObjectMapper mapper = new ObjectMapper();

  /**
   * What a file yielded, with the count of entries of other types that were skipped.
   *
   * @param result  the structures and rejections
   * @param skipped how many entries were not {@code structures} and were passed over
   */
  public record Outcome(ParseResult<Structure> result, int skipped) {
  }

  @Override
  public ParseResult<Structure> parse(SourceFile file, InputStream in) throws IOException {
    return read(file, in).result();
  }

  /** Parses {@code in} and also reports how many entries of other types were skipped. */
  public Outcome read(SourceFile file, InputStream in) throws IOException {
    BufferedInputStream bin = new BufferedInputStream(in, 1 << 16);
    Sink sink = new Sink(file);
    try {
      if (isJsonLines(bin)) {
        readLines(bin, sink);
      } else {
        readStream(bin, sink);
      }
    } catch (RuntimeException e) {
      // A bug here must cost the rest of one file, not the job; the reason makes it findable.
      sink.rejections.add(Rejection.atLine(file, "optimade.internal_error",
          e.getClass().getSimpleName() + ": " + e.getMessage(), 0, ""));
    }
    if (sink.records.isEmpty() && sink.rejections.isEmpty()) {
      sink.rejections.add(Rejection.atLine(file, "optimade.no_structures", sink.entries == 0
          ? "no OPTIMADE entry in the file"
          : "no structures entry among " + sink.entries + " entries", 0, ""));
    }
    return new Outcome(new ParseResult<>(sink.records, sink.rejections), sink.skipped);
  }

  /**
   * Whether the first line alone is one complete JSON object that is not a response: then the file
   * is JSON Lines. A pretty-printed response starts with a bare {@code {}, which does not parse.
   */
  private boolean isJsonLines(BufferedInputStream bin) throws IOException {
    bin.mark(PEEK_BYTES + 1);
    java.io.ByteArrayOutputStream head = new java.io.ByteArrayOutputStream();
    boolean content = false;
    int b;
    while (head.size() < PEEK_BYTES && (b = bin.read()) >= 0) {
      if (b == '\n' && content) {
        break;
      }
      content |= !Character.isWhitespace(b);
      head.write(b);
    }
    bin.reset();
    if (head.size() >= PEEK_BYTES) {
      return false;
    }
    try {
      JsonNode first = mapper.readTree(head.toString(StandardCharsets.UTF_8));
      return first != null && first.isObject() && !first.has("data");
    } catch (JsonProcessingException e) {
      return false;
    }
  }

  private void readLines(InputStream in, Sink sink) throws IOException {
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    String line;
    int lineNo = 0;
    while ((line = reader.readLine()) != null) {
      lineNo++;
      if (line.isBlank()) {
        continue;
      }
      JsonNode node;
      try {
        node = mapper.readTree(line);
      } catch (JsonProcessingException e) {
        sink.rejections.add(Rejection.atLine(sink.file, "optimade.bad_json",
            e.getOriginalMessage(), lineNo, line));
        continue;
      }
      if (node.isObject() && node.has("data")) {
        JsonNode data = node.get("data");
        for (JsonNode entry : data.isArray() ? data : List.of(data)) {
          sink.entry(entry, lineNo);
        }
      } else {
        sink.root(node, lineNo);
      }
    }
  }

  private void readStream(InputStream in, Sink sink) throws IOException {
    try (JsonParser p = mapper.getFactory().createParser(in)) {
      p.disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);
      JsonToken token;
      while ((token = p.nextToken()) != null) {
        int line = p.currentTokenLocation().getLineNr();
        if (token == JsonToken.START_OBJECT) {
          readRootObject(p, sink, line);
        } else if (token == JsonToken.START_ARRAY) {
          readEntries(p, sink);
        } else {
          sink.rejections.add(Rejection.atLine(sink.file, "optimade.bad_shape",
              "expected a JSON object or array, found " + token, line, p.getText()));
        }
      }
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      sink.rejections.add(Rejection.atLine(sink.file, "optimade.bad_json", e.getOriginalMessage()
          + "; entries after this point were not read", at == null ? 0 : at.getLineNr(), ""));
    }
  }

  /** A response's members one by one: {@code data} streamed, bulky metadata skipped unread. */
  private void readRootObject(JsonParser p, Sink sink, int startLine) throws IOException {
    com.fasterxml.jackson.databind.node.ObjectNode rest = mapper.createObjectNode();
    boolean sawData = false;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      JsonToken value = p.nextToken();
      if (name.equals("data")) {
        sawData = true;
        if (value == JsonToken.START_ARRAY) {
          readEntries(p, sink);
        } else if (value == JsonToken.START_OBJECT) {
          int line = p.currentTokenLocation().getLineNr();
          sink.entry(mapper.readTree(p), line);
        }
      } else if (SKIPPED_MEMBERS.contains(name)) {
        p.skipChildren();
      } else {
        rest.set(name, mapper.readTree(p));
      }
    }
    if (!sawData) {
      sink.root(rest, startLine);
    }
  }

  /** The elements of an array of entries, each read as a tree on its own. */
  private void readEntries(JsonParser p, Sink sink) throws IOException {
    while (p.nextToken() != JsonToken.END_ARRAY) {
      int line = p.currentTokenLocation().getLineNr();
      sink.entry(mapper.readTree(p), line);
    }
  }

  /** Collects what entries turn into, counting them for messages. */
  private static final class Sink {
    final SourceFile file;
    final List<Structure> records = new ArrayList<>();
    final List<Rejection> rejections = new ArrayList<>();
    int entries;
    int skipped;

    Sink(SourceFile file) {
      this.file = file;
    }

    /** A top-level object without {@code data}: an error response, or a bare entry. */
    void root(JsonNode node, int line) {
      if (node.isObject() && node.has("errors") && !node.has("attributes")) {
        rejections.add(Rejection.atLine(file, "optimade.error_response",
            "an OPTIMADE error response: " + node.get("errors"), line, ""));
      } else {
        entry(node, line);
      }
    }

    void entry(JsonNode entry, int line) {
      int index = entries++;
      if (entry == null || !entry.isObject()) {
        rejections.add(Rejection.atLine(file, "optimade.bad_shape",
            "entry " + index + " is not a JSON object", line, String.valueOf(entry)));
        return;
      }
      if (!OptimadeEntry.isStructure(entry)) {
        skipped++;
        return;
      }
      String id = OptimadeEntry.id(entry);
      try {
        records.add(OptimadeEntry.toStructure(file.uri(), entry));
      } catch (EntryFault f) {
        rejections.add(Rejection.atLine(file, f.reason(), "entry " + index
            + (id.isEmpty() ? "" : " (" + id + ")") + ": " + f.getMessage(), line, id));
      } catch (RuntimeException e) {
        // A bug here must cost one entry, not the file.
        rejections.add(Rejection.atLine(file, "optimade.internal_error", "entry " + index + ": "
            + e.getClass().getSimpleName() + ": " + e.getMessage(), line, id));
      }
    }
  }
}
