package dev.anneal.ingest.crystal;

import dev.anneal.ingest.ParseResult;
import dev.anneal.ingest.Rejection;
import dev.anneal.ingest.RecordParser;
import dev.anneal.ingest.SourceFile;
import dev.anneal.ingest.crystal.cif.CifBlock;
import dev.anneal.ingest.crystal.cif.CifFile;
import dev.anneal.ingest.crystal.cif.CifReader;
import dev.anneal.ingest.crystal.cif.CifSyntaxException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Reads a CIF 1.1 file into one {@link Structure} per data block that describes a crystal.
 * Blocks that describe no crystal (a publication block, a dictionary) are skipped; every broken
 * block becomes a {@link Rejection} with a stable {@code cif.*} reason and a line, and a file that
 * yields nothing at all is rejected as a whole, so that no input disappears unaccounted for.
 */
public final class CifParser implements RecordParser<Structure> {

  private final Function<String, CifFile> reader;

  /** A parser with the CIF 1.1 grammar. */
  public CifParser() {
    this(CifReader::read);
  }

  /** A parser over another grammar; lets tests make the inside fail. */
  CifParser(Function<String, CifFile> reader) {
    this.reader = reader;
  }

  @Override
  public ParseResult<Structure> parse(SourceFile file, InputStream in) throws IOException {
    return parse(file, in.readAllBytes());
  }

  /** Parses the bytes of {@code file}; never throws. */
  public ParseResult<Structure> parse(SourceFile file, byte[] bytes) {
    try {
      return read(file, bytes);
    } catch (RuntimeException e) {
      // A bug here must cost one file, not the job; the reason makes it findable.
      return ParseResult.rejected(Rejection.atLine(file, "cif.internal_error",
          e.getClass().getSimpleName() + ": " + e.getMessage(), 0, ""));
    }
  }

  private ParseResult<Structure> read(SourceFile file, byte[] bytes) {
    String text = new String(bytes, StandardCharsets.UTF_8);
    CifFile cif = reader.apply(text);
    List<Structure> structures = new ArrayList<>();
    List<Rejection> rejections = new ArrayList<>();
    for (CifFile.Fault f : cif.faults()) {
      rejections.add(Rejection.atLine(file, f.reason(), blockPrefix(f.blockName()) + f.message(),
          f.line(), f.sample()));
    }
    for (CifBlock block : cif.blocks()) {
      if (!CifStructureBuilder.looksLikeStructure(block)) {
        continue;
      }
      try {
        Structure s = CifStructureBuilder.build(file.uri(), block);
        if (!cif.warnings().isEmpty()) {
          List<String> warnings = new ArrayList<>(cif.warnings());
          warnings.addAll(s.warnings());
          s = new Structure(s.sourceUri(), s.format(), s.blockName(), s.formulaAsWritten(),
              s.lattice(), s.sites(), s.spacegroupSymbol(), s.spacegroupNumber(), warnings);
        }
        structures.add(s);
      } catch (CifSyntaxException e) {
        rejections.add(Rejection.atLine(file, e.reason(),
            blockPrefix(block.name()) + e.getMessage(), e.line(), CifReader.line(text, e.line())));
      }
    }
    if (structures.isEmpty() && rejections.isEmpty()) {
      int line = cif.blocks().isEmpty() ? 1 : cif.blocks().get(0).line();
      rejections.add(Rejection.atLine(file, "cif.no_structure",
          cif.blocks().isEmpty() ? "no data block" : "no block has a cell and atom sites",
          line, ""));
    }
    return new ParseResult<>(structures, rejections);
  }

  private static String blockPrefix(String blockName) {
    return blockName.isEmpty() ? "" : "data_" + blockName + ": ";
  }
}
