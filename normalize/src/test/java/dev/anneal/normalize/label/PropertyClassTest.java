package dev.anneal.normalize.label;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PropertyClassTest {

  @Test
  void materialPropertiesAreLabels() {
    for (String p : new String[] {"tc", "formation_enthalpy", "formation_energy", "band_gap",
        "lattice_a", "density", "resistivity", "capacity", "melting_point"}) {
      assertTrue(PropertyClass.isMaterialProperty(p), p);
      assertFalse(PropertyClass.isProcessParameter(p), p);
    }
  }

  @Test
  void synthesisConditionsAreProcessParameters() {
    // the keys furnace_log.csv's columns map to, and settings named by their step
    for (String p : new String[] {"temperature", "dwell_time", "heating_rate", "Temperature",
        "annealing_temperature", "sintering_time", "calcination_temperature", "cooling_rate"}) {
      assertTrue(PropertyClass.isProcessParameter(p), p);
      assertFalse(PropertyClass.isMaterialProperty(p), p);
    }
  }

  @Test
  void noKeyIsNoMaterialProperty() {
    assertFalse(PropertyClass.isMaterialProperty(null));
    assertFalse(PropertyClass.isMaterialProperty(" "));
  }
}
