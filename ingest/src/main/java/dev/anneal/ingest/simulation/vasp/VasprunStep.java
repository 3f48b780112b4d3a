package dev.anneal.ingest.simulation.vasp;

import dev.anneal.ingest.simulation.IonicStep;
import dev.anneal.ingest.simulation.vasp.VasprunXml.Cell;
import java.util.HashMap;
import java.util.Map;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * One {@code <calculation>} (ionic step) of a vasprun.xml: its energies, SCF count, structure,
 * forces and stress. Eigenvalues, DOS and projections inside it are skipped unread.
 *
 * @param energies          the step's own {@code <energy>} block (eV)
 * @param scsteps           number of {@code <scstep>} elements with an energy
 * @param lastScFree        e_fr_energy of the last scstep, or NaN
 * @param lastScSigma0      e_0_energy of the last scstep, or NaN
 * @param firstNonTotalIndex first scstep index ≥ 1 whose energy holds more than the three totals
 * @param cell              the step's structure, or null
 * @param forces            eV/Å per ion, or null
 * @param stress            kBar, or null
 */
record VasprunStep(Map<String, Double> energies, int scsteps, double lastScFree, double lastScSigma0,
                   int firstNonTotalIndex, Cell cell, double[][] forces, double[][] stress) {

  /** Reads the {@code <calculation>} the reader is on, up to its end tag. */
  static VasprunStep read(XMLStreamReader r) throws XMLStreamException {
    Map<String, Double> energies = new HashMap<>();
    int scsteps = 0;
    double lastFree = Double.NaN;
    double lastSigma0 = Double.NaN;
    int firstNonTotal = -1;
    Cell cell = null;
    double[][] forces = null;
    double[][] stress = null;
    while (VasprunXml.nextChild(r)) {
      String tag = r.getLocalName();
      String name = r.getAttributeValue(null, "name");
      switch (tag) {
        case "scstep" -> {
          ScEnergy sc = scstepEnergy(r);
          if (sc != null) {
            if (scsteps >= 1 && firstNonTotal < 0 && !sc.onlyTotals()) {
              firstNonTotal = scsteps;
            }
            scsteps++;
            lastFree = sc.free;
            lastSigma0 = sc.sigma0;
          }
        }
        case "energy" -> energies = energy(r);
        case "structure" -> cell = VasprunXml.structure(r);
        case "varray" -> {
          if ("forces".equals(name)) {
            forces = VasprunXml.varray(r);
          } else if ("stress".equals(name)) {
            stress = VasprunXml.varray(r);
          } else {
            VasprunXml.skip(r);
          }
        }
        default -> VasprunXml.skip(r);
      }
    }
    return new VasprunStep(energies, scsteps, lastFree, lastSigma0,
        firstNonTotal < 0 ? scsteps : firstNonTotal, cell, forces, stress);
  }

  /** The energies of one {@code <scstep>}: the two used, and which names it held. */
  private static final class ScEnergy {
    double free = Double.NaN;
    double sigma0 = Double.NaN;
    int totalsSeen;       // a bit for each of e_fr_energy, e_wo_entrp, e_0_energy present
    boolean otherSeen;    // any other name present

    boolean onlyTotals() {
      return totalsSeen == 0b111 && !otherSeen;
    }
  }

  /**
   * The scstep's {@code <energy>}, or null without one. No map per scstep: an MD run has
   * millions of them, and only two values and the set of names are used.
   */
  private static ScEnergy scstepEnergy(XMLStreamReader r) throws XMLStreamException {
    ScEnergy out = null;
    while (VasprunXml.nextChild(r)) {
      if (r.getLocalName().equals("energy")) {
        // As a map would: a later <energy> replaces an earlier one.
        out = new ScEnergy();
        while (VasprunXml.nextChild(r)) {
          String name = r.getAttributeValue(null, "name");
          String text = VasprunXml.text(r);
          if (name != null && r.getLocalName().equals("i")) {
            double value = VasprunXml.number(text);
            switch (name) {
              case "e_fr_energy" -> {
                out.free = value;
                out.totalsSeen |= 1;
              }
              case "e_wo_entrp" -> out.totalsSeen |= 2;
              case "e_0_energy" -> {
                out.sigma0 = value;
                out.totalsSeen |= 4;
              }
              default -> out.otherSeen = true;
            }
          }
        }
      } else {
        VasprunXml.skip(r);
      }
    }
    return out;
  }

  private static Map<String, Double> energy(XMLStreamReader r) throws XMLStreamException {
    Map<String, Double> out = new HashMap<>();
    while (VasprunXml.nextChild(r)) {
      String name = r.getAttributeValue(null, "name");
      String text = VasprunXml.text(r);
      if (name != null && r.getLocalName().equals("i")) {
        out.put(name, VasprunXml.number(text));
      }
    }
    return out;
  }

  /** The step's energies as an {@link IonicStep}. */
  IonicStep ionicStep() {
    return new IonicStep(energies.get("e_fr_energy"), energies.get("e_wo_entrp"),
        energies.get("e_0_energy"), scsteps);
  }

  /**
   * pymatgen's {@code final_energy}: e_0_energy of the step, unless it disagrees by more than
   * 1e-7 eV with e_fr_energy corrected by the last scstep's (e_0 − e_fr); VASP 5.4.4–6.x wrote a
   * wrong e_0_energy in the step block (VASP forum thread 16942) and the scstep value is right.
   */
  Double finalEnergy() {
    Double e0 = energies.get("e_0_energy");
    Double efr = energies.get("e_fr_energy");
    if (e0 == null) {
      return null;
    }
    if (efr == null || Double.isNaN(lastScFree) || Double.isNaN(lastScSigma0)) {
      return e0;
    }
    double fixed = Math.rint((lastScSigma0 - lastScFree + efr) * 1e8) / 1e8;
    return Math.abs(e0 - fixed) > 1e-7 ? fixed : e0;
  }
}
