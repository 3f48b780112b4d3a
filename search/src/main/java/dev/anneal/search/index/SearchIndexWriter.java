package dev.anneal.search.index;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.IOUtils;

/** Writes paragraphs, materials, structures, calculations and synthesis records into one Lucene index directory. */
public final class SearchIndexWriter implements AutoCloseable {

  private final Directory directory;
  private final IndexWriter writer;
  private final FacetsConfig facets = IndexFacets.config();

  /**
   * Opens (creating if needed) the index in {@code dir}; an existing index is appended to.
   * Close it to commit what was added.
   */
  public SearchIndexWriter(Path dir) throws IOException {
    this.directory = FSDirectory.open(dir);
    IndexWriter w;
    try {
      w = new IndexWriter(directory, config(IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
    } catch (IOException | RuntimeException e) {
      directory.close();
      throw e;
    }
    this.writer = w;
  }

  /** Adds a paragraph, replacing one already there with the same {@code paraId}. */
  public void add(IndexedParagraph paragraph) throws IOException {
    add(paragraph, RecordExtras.NONE);
  }

  /** Adds a paragraph with its links and numbers, replacing one with the same {@code paraId}. */
  public void add(IndexedParagraph paragraph, RecordExtras extras) throws IOException {
    upsert(IndexFields.KIND_PARAGRAPH, paragraph.paraId(), Documents.paragraph(paragraph, extras));
  }

  /** Adds a material, replacing one already there with the same {@code materialId}. */
  public void add(IndexedMaterial material) throws IOException {
    add(material, RecordExtras.NONE);
  }

  /** Adds a material with its links, labels and details, replacing one with the same id. */
  public void add(IndexedMaterial material, RecordExtras extras) throws IOException {
    upsert(IndexFields.KIND_MATERIAL, material.materialId(), Documents.material(material, extras));
  }

  /** Adds a structure, calculation or synthesis record, replacing one with the same kind and id. */
  public void add(IndexedRecord record) throws IOException {
    add(record, java.util.List.of());
  }

  /**
   * Adds a record with {@code more} fields besides its own (a structure's OPTIMADE entry),
   * replacing one with the same kind and id.
   */
  public void add(IndexedRecord record, java.util.List<org.apache.lucene.index.IndexableField> more)
      throws IOException {
    if (!IndexFields.KINDS.contains(record.kind())
        || record.kind().equals(IndexFields.KIND_PARAGRAPH)
        || record.kind().equals(IndexFields.KIND_MATERIAL)) {
      throw new IllegalArgumentException("not a kind of IndexedRecord: " + record.kind());
    }
    org.apache.lucene.document.Document d = Documents.record(record);
    more.forEach(d::add);
    upsert(record.kind(), record.id(), d);
  }

  /** Makes everything added so far durable and visible to newly opened searchers. */
  public void commit() throws IOException {
    writer.commit();
  }

  /** Commits and closes. */
  @Override
  public void close() throws IOException {
    IOUtils.close(writer, directory);
  }

  /**
   * Builds in {@code target} (replacing any index there) the union of the indexes in
   * {@code sources}, merged into one segment for fast read-only search. Records are not
   * de-duplicated across sources: the caller partitions so each id lands in one source.
   */
  public static void merge(Path target, List<Path> sources) throws IOException {
    if (sources.isEmpty()) {
      throw new IllegalArgumentException("no source index to merge into " + target);
    }
    Path absTarget = target.toAbsolutePath().normalize();
    List<Directory> dirs = new ArrayList<>();
    try {
      for (Path source : sources) {
        if (source.toAbsolutePath().normalize().equals(absTarget)) {
          throw new IllegalArgumentException("merge target is also a source: " + target);
        }
        Directory dir = FSDirectory.open(source);
        dirs.add(dir);
        if (!DirectoryReader.indexExists(dir)) {
          throw new IOException("not a search index: " + source);
        }
      }
      try (Directory out = FSDirectory.open(target);
           IndexWriter w = new IndexWriter(out, config(IndexWriterConfig.OpenMode.CREATE))) {
        w.addIndexes(dirs.toArray(new Directory[0]));
        w.forceMerge(1);
      }
    } finally {
      IOUtils.close(dirs);
    }
  }

  private void upsert(String kind, String id, Document doc) throws IOException {
    // Replacing on kind:id makes a retried Spark task idempotent within its partition index.
    writer.updateDocument(new Term(IndexFields.UID, Documents.uid(kind, id)), facets.build(doc));
  }

  private static IndexWriterConfig config(IndexWriterConfig.OpenMode mode) {
    return new IndexWriterConfig(IndexAnalyzers.create()).setOpenMode(mode).setRAMBufferSizeMB(64);
  }
}
