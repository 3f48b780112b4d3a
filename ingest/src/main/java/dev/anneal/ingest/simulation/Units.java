package dev.anneal.ingest.simulation;

/** Unit conversions used by the simulation readers; all constants are CODATA 2018. */
public final class Units {

  /** One Rydberg in eV (CODATA 2018: 13.605693122994). */
  public static final double RYDBERG_EV = 13.605693122994;

  /** One Hartree in eV (two Rydberg). */
  public static final double HARTREE_EV = 2 * RYDBERG_EV;

  /** One Bohr radius in Å (CODATA 2018: 0.529177210903). */
  public static final double BOHR_ANGSTROM = 0.529177210903;

  /** One kBar in GPa: VASP writes stress in kBar, the table keeps GPa too. */
  public static final double KBAR_GPA = 0.1;

  private Units() {
  }
}
