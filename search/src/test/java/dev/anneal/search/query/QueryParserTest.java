package dev.anneal.search.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.lucene.search.MatchNoDocsQuery;
import org.junit.jupiter.api.Test;

class QueryParserTest {

  private final QueryParser parser = new QueryParser();

  @Test
  void formulaIsNormalizedBeforeMatching() {
    assertEquals(parser.parse("formula:LiFePO4"), parser.parse("formula:FePO4Li"));
    assertEquals(parser.parse("formula:TiO2"), parser.parse("formula:Ti2O4"));
    assertNotEquals(parser.parse("formula:TiO2"), parser.parse("formula:TiO3"));
  }

  @Test
  void elementListsForgiveOrderSeparatorAndCase() {
    assertEquals(parser.parse("only:Ti,O"), parser.parse("only:O-Ti"));
    assertEquals(parser.parse("only:Ti,O"), parser.parse("only:ti,o"));
    assertEquals(parser.parse("elements:Cu,O"), parser.parse("elements:O,Cu"));
    assertNotEquals(parser.parse("only:Ti,O"), parser.parse("only:Ti,O,Sr"));
  }

  @Test
  void fieldNamesAreCaseInsensitive() {
    assertEquals(parser.parse("sg:139"), parser.parse("SG:139"));
  }

  @Test
  void onlyStopWordsMatchNothing() {
    assertTrue(parser.parse("the of and") instanceof MatchNoDocsQuery);
  }

  @Test
  void unknownField() {
    QuerySyntaxException e = fails("LiFePO4 colour:red");
    assertTrue(e.getMessage().contains("unknown field 'colour'"), e.getMessage());
    assertTrue(e.getMessage().contains("known fields: formula, elements"), e.getMessage());
    assertEquals(8, e.position());
    assertTrue(e.getMessage().endsWith("(at column 9)"), e.getMessage());
    assertEquals("LiFePO4 colour:red\n        ^", e.pointer());
    assertEquals(1, fails("-colour:red").position());
  }

  @Test
  void badNumbers() {
    QuerySyntaxException e = fails("sg:abc");
    assertTrue(e.getMessage().contains("'abc' is not a whole number in 'sg:'"), e.getMessage());
    assertEquals(3, e.position());
    assertTrue(fails("sg:231").getMessage().contains("231 is out of range for 'sg:' (1–230)"));
    assertTrue(fails("sg:0").getMessage().contains("out of range"));
    QuerySyntaxException range = fails("year:2020..2010");
    assertTrue(range.getMessage().contains("empty range '2020..2010'"), range.getMessage());
    assertTrue(fails("year:..").getMessage().contains("needs at least one bound"));
    QuerySyntaxException hi = fails("year:2010..20x0");
    assertEquals(11, hi.position(), hi.getMessage());
  }

  @Test
  void badFormulaPointsAtTheBadSymbol() {
    QuerySyntaxException e = fails("anatase formula:Xx2");
    assertTrue(e.getMessage().contains("bad formula 'Xx2': unknown element 'Xx'"), e.getMessage());
    assertEquals(16, e.position());
    QuerySyntaxException inList = fails("formula:TiO2,Ca3(PO4");
    assertTrue(inList.getMessage().contains("'(' is never closed"), inList.getMessage());
    assertEquals(16, inList.position());
    assertTrue(fails("formula:lifepo4").getMessage().contains("expected an element symbol"));
  }

  @Test
  void badElementLists() {
    QuerySyntaxException e = fails("elements:Cu,Qq");
    assertTrue(e.getMessage().contains("unknown element 'Qq' in 'elements:'"), e.getMessage());
    assertEquals(12, e.position());
    QuerySyntaxException empty = fails("elements:Cu,,O");
    assertTrue(empty.getMessage().contains("empty item"), empty.getMessage());
    assertEquals(12, empty.position());
  }

  @Test
  void unbalancedQuote() {
    QuerySyntaxException e = fails("anatase \"rutile phase");
    assertTrue(e.getMessage().contains("unbalanced quote"), e.getMessage());
    assertEquals(8, e.position());
    assertEquals(6, fails("title:\"rutile").position());
    assertEquals(12, fails("sg:139 rutile\"").position() - 1);
  }

  @Test
  void otherMistakes() {
    assertTrue(fails("kind:paper").getMessage()
        .contains("unknown kind 'paper'; known kinds: paragraph, material"));
    assertTrue(fails("formula:").getMessage().contains("missing value after 'formula:'"));
    assertTrue(fails("title:the").getMessage().contains("no searchable word"));
    assertTrue(fails("").getMessage().contains("empty query"));
    assertTrue(fails("   ").getMessage().contains("empty query"));
  }

  @Test
  void helpNamesEveryField() {
    for (String field : QueryParser.fields()) {
      assertTrue(QueryParser.syntaxHelp().contains(field + ":"), field);
      // and every field it names is accepted (a value that is valid for it, else not "unknown field")
      QuerySyntaxException e = assertThrows(QuerySyntaxException.class,
          () -> parser.parse(field + ":\"\""));
      assertTrue(!e.getMessage().contains("unknown field"), e.getMessage());
    }
  }

  private QuerySyntaxException fails(String query) {
    return assertThrows(QuerySyntaxException.class, () -> parser.parse(query), query);
  }
}
