package dev.anneal.normalize.synthesis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.anneal.normalize.units.QuantityKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuantityMentionsTest {

  private static List<Double> values(String text, QuantityKind kind) {
    return QuantityMentions.find(text).stream().filter(m -> m.kind() == kind)
        .flatMap(m -> m.values().stream()).toList();
  }

  @Test
  void temperaturesInCelsiusAndKelvinRangesAndLists() {
    assertEquals(List.of(1173.15), values("calcined at 900 °C for 12 h", QuantityKind.TEMPERATURE));
    assertEquals(List.of(1173.15, 1223.15), values("at 900–950 °C", QuantityKind.TEMPERATURE));
    assertEquals(List.of(723.15, 873.15, 1023.15), values("at 450, 600 and 750 °C",
        QuantityKind.TEMPERATURE));
    assertEquals(List.of(1023.0), values("hot-pressed at 1023 K", QuantityKind.TEMPERATURE));
    assertEquals(List.of(1123.15), values("heated to 850°C", QuantityKind.TEMPERATURE));
  }

  @Test
  void durationsAndRatesAreNotTemperatures() {
    assertEquals(List.of(43200.0, 1800.0, 604800.0, 5.0),
        values("for 12 h, 30 min, 7 days and after 5 s", QuantityKind.DURATION));
    assertEquals(List.of(5.0 / 60), values("at 5 °C/min", QuantityKind.HEATING_RATE));
    assertEquals(List.of(2.0 / 3600), values("cooled at 2 °C h−1", QuantityKind.HEATING_RATE));
    assertEquals(List.of(), values("at 5 °C/min", QuantityKind.TEMPERATURE));
  }

  @Test
  void wordsThatOnlyLookLikeUnitsAreNotQuantities() {
    assertEquals(List.of(), QuantityMentions.find("Cu Kα radiation, a 4s orbital, 5 mol% excess,"
        + " 10 mL, 0.1 C rate, 2 M NaOH, 50 ps, 200 MPa"));
  }
}
