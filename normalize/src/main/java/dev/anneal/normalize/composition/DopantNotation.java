package dev.anneal.normalize.composition;

import dev.anneal.ingest.chem.Element;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits dopant notation off a formula: {@code SrTiO3:Nb} and {@code Nb:SrTiO3} (host and dopant
 * on either side of a colon), with an amount when one is written ({@code SrTiO3:Nb 0.5%},
 * {@code SrTiO3:0.5%Nb}, {@code SrTiO3:Nb(0.7 wt%)}: a number with an optional {@code %},
 * {@code at.%}, {@code wt%}, {@code mol%} or {@code ppm}), and several dopants separated by
 * commas ({@code ZnO:Al,Ga}). The amount is kept as written, never added to the composition:
 * a percentage rarely says of what (atoms, weight, the substituted site), so the composition is
 * the host's and the flags say it is doped.
 *
 * <p>The side that is a list of single elements is the dopant; when both are (a semiconductor
 * such as {@code Si:P}) the host is written first. Two compounds joined by a colon (an interface,
 * {@code SrTiO3:LaAlO3}) are no dopant notation and are rejected.
 */
final class DopantNotation {

  /** One dopant: its element and its amount as written ({@code 0.5 wt%}), or "" when none is given. */
  record Dopant(String element, String amount) {
    /** {@code Nb} or {@code Nb 0.5 wt%}. */
    String text() {
      return amount.isEmpty() ? element : element + " " + amount;
    }
  }

  /** The host formula and its dopants. */
  record Split(String host, List<Dopant> dopants) {
  }

  private static final String AMOUNT = "(\\d+(?:\\.\\d+)?(?:[eE][+-]?\\d+)?)\\s*"
      + "((?:at|wt|mol|vol)?\\s*\\.?\\s*%|ppm)?";
  private static final Pattern BEFORE = Pattern.compile("^" + AMOUNT + "\\s*([A-Z][a-z]?)$");
  private static final Pattern AFTER = Pattern.compile("^([A-Z][a-z]?)\\s*\\(?\\s*(?:" + AMOUNT
      + ")?\\s*\\)?$");

  private DopantNotation() {
  }

  /** The split of {@code text}, or null when it holds no colon. */
  static Split split(String text) {
    int colon = text.indexOf(':');
    if (colon < 0) {
      return null;
    }
    if (text.indexOf(':', colon + 1) >= 0) {
      throw new FormulaException(FormulaReason.UNEXPECTED_CHARACTER, "more than one ':'");
    }
    String left = text.substring(0, colon).strip();
    String right = text.substring(colon + 1).strip();
    List<Dopant> rightDopants = dopants(right);
    if (rightDopants != null && !left.isEmpty()) {
      return new Split(left, rightDopants);
    }
    List<Dopant> leftDopants = dopants(left);
    if (leftDopants != null && !right.isEmpty()) {
      return new Split(right, leftDopants);
    }
    throw new FormulaException(FormulaReason.NOT_A_FORMULA, "a ':' that joins no host and dopant"
        + " (dopants are elements, as in SrTiO3:Nb or Nb:SrTiO3)");
  }

  /** The dopants {@code side} lists, or null when it is not a list of single elements. */
  private static List<Dopant> dopants(String side) {
    if (side.isEmpty()) {
      return null;
    }
    List<Dopant> out = new ArrayList<>();
    for (String item : side.split(",")) {
      String t = item.strip();
      Matcher before = BEFORE.matcher(t);
      Matcher after = AFTER.matcher(t);
      if (before.matches() && Element.isSymbol(before.group(3))) {
        out.add(new Dopant(before.group(3), amount(before.group(1), before.group(2))));
      } else if (after.matches() && Element.isSymbol(after.group(1))) {
        out.add(new Dopant(after.group(1), amount(after.group(2), after.group(3))));
      } else {
        return null;
      }
    }
    return out;
  }

  private static String amount(String number, String unit) {
    if (number == null) {
      return "";
    }
    return unit == null ? number : number + " " + unit.replaceAll("\\s+", "");
  }
}
