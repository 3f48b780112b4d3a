package dev.anneal.normalize.synthesis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MethodClassifierTest {

  @Test
  void theFirstMatchingRouteWins() {
    assertEquals("hydrothermal", MethodClassifier.classify(
        "sealed in a Teflon-lined autoclave and calcined at 500 °C"));
    assertEquals("sol_gel", MethodClassifier.classify("a citrate–EDTA sol–gel process"));
    assertEquals("flux", MethodClassifier.classify("grown from an indium flux"));
    assertEquals("thin_film", MethodClassifier.classify("deposited by pulsed laser deposition"));
    assertEquals("solid_state", MethodClassifier.classify("ground and calcined at 900 °C"));
    assertEquals("", MethodClassifier.classify("the sample was cut and polished"));
  }
}
