package dev.anneal.ingest.simulation.vasp;

import dev.anneal.ingest.ParseResult;
import dev.anneal.ingest.RecordParser;
import dev.anneal.ingest.Rejection;
import dev.anneal.ingest.SourceFile;
import dev.anneal.ingest.simulation.Calculation;
import dev.anneal.ingest.fault.FileBudget;
import dev.anneal.ingest.simulation.CalculationBuilder;
import dev.anneal.ingest.simulation.CellBuilder;
import dev.anneal.ingest.simulation.EofTrackingInputStream;
import dev.anneal.ingest.simulation.IonicStep;
import dev.anneal.ingest.simulation.vasp.VasprunXml.Cell;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads a VASP {@code vasprun.xml} with StAX into one {@link Calculation}, holding at most one
 * ionic step in memory, so a multi-gigabyte MD run is read in constant memory.
 *
 * <p>Parameters are keyed {@code incar.TAG} (INCAR as written), {@code param.TAG} (the effective
 * value from {@code <parameters>} for the tags that decide convergence and the physics),
 * {@code functional}, {@code potcar}, {@code kpoints.*} and {@code generator.*}.
 * A file cut off mid-way gives the steps completed before the cut and a {@code vasprun.truncated}
 * rejection naming the line where the input ends.
 */
public final class VasprunParser implements RecordParser<Calculation> {

  /** Effective parameters copied into {@code param.*}: enough to redo pymatgen's run checks. */
  private static final List<String> KEPT_PARAMS = List.of("NELM", "NSW", "IBRION", "ISIF",
      "EDIFF", "EDIFFG", "ENMAX", "ISMEAR", "SIGMA", "ISPIN", "LEPSILON", "LSORBIT", "GGA",
      "METAGGA", "NELECT", "LDAU", "IVDW", "LHFCALC", "PREC", "IALGO", "POTIM", "TEBEG");
  /**
   * The only {@code <parameters>} values read (the ~500 others are skipped unbuilt): the kept
   * ones, which include every tag {@link VaspConvergence} consults.
   */
  private static final java.util.Set<String> READ_PARAMS = java.util.Set.copyOf(KEPT_PARAMS);

  /**
   * Elements nothing is read from that hold most of a vasprun's bytes: dropped by a byte scan
   * before the XML parser (their line breaks kept), see {@link SubtreeSkippingInputStream}.
   */
  static final List<String> UNREAD = List.of("eigenvalues", "eigenvalues_kpoints_opt",
      "projected", "projected_kpoints_opt", "dos", "dos_kpoints_opt", "dielectricfunction");
  private static final SubtreeSkippingInputStream.Names UNREAD_NAMES =
      new SubtreeSkippingInputStream.Names(UNREAD);

  private final XMLInputFactory factory;
  private final boolean dropUnread;

  /** A parser that drops the {@link #UNREAD} blocks before the XML parser sees them. */
  public VasprunParser() {
    this(true);
  }

  /**
   * With {@code dropUnread} false every byte goes through the XML parser (slower; for tests and
   * measurements that compare both ways).
   */
  VasprunParser(boolean dropUnread) {
    this.dropUnread = dropUnread;
    // Aalto (FasterXML's fast StAX parser), named explicitly rather than found through the
    // classpath, so the behaviour on truncated input and the speed measured are the ones tested
    // whatever else is deployed. It lexes about 1.7x faster than Woodstox on vasprun files.
    factory = new com.fasterxml.aalto.stax.InputFactoryImpl();
    // Text is read with getElementText, which joins the pieces itself: no coalescing needed.
    factory.setProperty(XMLInputFactory.IS_COALESCING, false);
    // A vasprun never needs a DTD; refusing them also shuts out entity-expansion attacks.
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
  }

  @Override
  public ParseResult<Calculation> parse(SourceFile file, InputStream in) {
    EofTrackingInputStream tracked = new EofTrackingInputStream(in);
    Run run = new Run(file.uri());
    XMLStreamReader r = null;
    Rejection rejection = null;
    try {
      r = factory.createXMLStreamReader(
          dropUnread ? new SubtreeSkippingInputStream(tracked, UNREAD_NAMES) : tracked);
      while (r.next() != XMLStreamConstants.START_ELEMENT) {
        // prolog: declaration, comments
      }
      if (!r.getLocalName().equals("modeling")) {
        return ParseResult.rejected(Rejection.atLine(file, "vasprun.not_vasprun",
            "root element is <" + r.getLocalName() + ">, not <modeling>", line(r), ""));
      }
      while (VasprunXml.nextChild(r)) {
        run.element(r);
      }
    } catch (VasprunHeader.UnknownElement e) {
      // Without its elements no row of the run can be trusted: the whole file is quarantined.
      return ParseResult.rejected(Rejection.atLine(file, "vasp.unknown_element", e.getMessage(),
          e.line, ""));
    } catch (XMLStreamException | RuntimeException e) {
      int line = e instanceof XMLStreamException x && x.getLocation() != null
          ? x.getLocation().getLineNumber() : line(r);
      boolean cut = tracked.atEof();
      rejection = Rejection.atLine(file, cut ? "vasprun.truncated" : "vasprun.malformed",
          (cut ? "file ends inside the XML after " + tracked.bytesRead() + " bytes, "
              + run.steps.size() + " complete ionic steps kept: "
              : "unreadable XML, " + run.steps.size() + " complete ionic steps kept: ")
              + e.getMessage(), line, "");
    } finally {
      close(r);
    }
    if (!run.started()) {
      return ParseResult.rejected(rejection != null ? rejection
          : Rejection.atLine(file, "vasprun.empty", "no vasprun content", 0, ""));
    }
    Calculation calc = run.build(rejection != null);
    return new ParseResult<>(List.of(calc), rejection == null ? List.of() : List.of(rejection));
  }

  private static int line(XMLStreamReader r) {
    return r == null || r.getLocation() == null ? 0 : r.getLocation().getLineNumber();
  }

  private static void close(XMLStreamReader r) {
    if (r != null) {
      try {
        r.close();
      } catch (XMLStreamException | RuntimeException ignored) {
        // closing a failed reader cannot add anything to the result
      }
    }
  }

  /** What one file has told us so far. */
  private static final class Run {
    final CalculationBuilder calc;
    final String uri;
    final Map<String, String> generator = new HashMap<>();
    final Map<String, String> incar = new java.util.LinkedHashMap<>();
    final Map<String, String> params = new HashMap<>();
    final List<String> species = new ArrayList<>();
    final List<String> potcars = new ArrayList<>();
    final List<IonicStep> steps = new ArrayList<>();
    Cell initial;
    Cell finalpos;
    VasprunStep last;
    boolean sawGenerator;

    Run(String uri) {
      this.uri = uri;
      this.calc = new CalculationBuilder(uri, Calculation.VASP);
    }

    boolean started() {
      return sawGenerator || !incar.isEmpty() || last != null;
    }

    void element(XMLStreamReader r) throws XMLStreamException {
      String name = r.getAttributeValue(null, "name");
      switch (r.getLocalName()) {
        case "generator" -> {
          sawGenerator = true;
          VasprunXml.readParams(r, generator, true);
        }
        case "incar" -> VasprunXml.readParams(r, incar, true);
        case "parameters" -> VasprunXml.readParams(r, params, true, READ_PARAMS);
        case "kpoints" -> VasprunHeader.kpoints(r, calc);
        case "atominfo" -> VasprunHeader.atominfo(r, species, potcars);
        case "structure" -> {
          if ("initialpos".equals(name)) {
            initial = VasprunXml.structure(r);
          } else if ("finalpos".equals(name)) {
            finalpos = VasprunXml.structure(r);
          } else {
            VasprunXml.skip(r);
          }
        }
        case "calculation" -> {
          VasprunStep step = VasprunStep.read(r);
          // Only a step whose </calculation> was reached counts: a cut-off step is dropped.
          FileBudget.step();
          steps.add(step.ionicStep());
          last = step;
        }
        default -> VasprunXml.skip(r);
      }
    }

    Calculation build(boolean truncated) {
      calc.codeVersion(generator.getOrDefault("version", ""));
      putIfPresent("generator.program", generator.get("program"));
      putIfPresent("generator.subversion", generator.get("subversion"));
      putIfPresent("generator.platform", generator.get("platform"));
      incar.forEach((k, v) -> calc.parameter("incar." + k, v));
      for (String key : KEPT_PARAMS) {
        putIfPresent("param." + key, params.get(key));
      }
      // A header cut before <parameters> still has the INCAR, which is the next best thing.
      // (params is not read as itself after this point, so it is completed in place.)
      Map<String, String> effective = params;
      incar.forEach(effective::putIfAbsent);
      calc.parameter("functional",
          VaspConvergence.functional(effective, potcars.isEmpty() ? null : potcars.get(0)));
      if (!potcars.isEmpty()) {
        calc.parameter("potcar", String.join("; ", potcars));
      }
      calc.parameter("units.energy", "eV").parameter("units.length", "Angstrom")
          .parameter("units.stress", "kBar");
      calc.natoms(species.size());
      String system = incar.getOrDefault("SYSTEM", "");
      calc.initialStructure(structure(initial, "initialpos", system));
      steps.forEach(calc::ionicStep);
      Cell fin = finalpos != null ? finalpos : last != null ? last.cell() : null;
      calc.finalStructure(structure(fin, finalpos != null ? "finalpos" : "last_step", system));
      if (last != null) {
        calc.energyEv(last.finalEnergy());
        calc.finalForces(last.forces()).finalStressKbar(last.stress());
        boolean electronic = VaspConvergence.electronic(effective, last.scsteps(),
            last.firstNonTotalIndex());
        boolean ionic = !truncated && VaspConvergence.ionic(effective, steps.size());
        calc.convergence(electronic, ionic);
        checkForces(effective);
      }
      if (truncated) {
        calc.truncated().warning("vasprun.truncated");
      }
      return calc.build();
    }

    /**
     * pymatgen's ionic check only counts steps; a relaxation that stopped early with forces
     * still above |EDIFFG| is flagged here, without overriding the pymatgen verdict.
     */
    private void checkForces(Map<String, String> effective) {
      double ediffg = VaspConvergence.doubleParam(effective, "EDIFFG", 0);
      int ibrion = VaspConvergence.intParam(effective, "IBRION", -1);
      double[][] forces = last.forces();
      if (ediffg >= 0 || forces == null || ibrion < 1 || ibrion > 3) {
        return;
      }
      for (double[] f : forces) {
        if (Math.sqrt(f[0] * f[0] + f[1] * f[1] + f[2] * f[2]) > -ediffg) {
          calc.warning("vasp.forces_above_ediffg");
          return;
        }
      }
    }

    private dev.anneal.ingest.crystal.Structure structure(Cell cell, String label, String system) {
      if (cell == null) {
        return null;
      }
      if (cell.positions().size() != species.size()) {
        calc.warning("vasprun.species_count_mismatch");
        return null;
      }
      return CellBuilder.fromFractional(uri, "vasprun", system.isEmpty() ? label : system,
          cell.basis(), species, cell.positions());
    }

    private void putIfPresent(String key, String value) {
      if (value != null) {
        calc.parameter(key, value);
      }
    }
  }
}
