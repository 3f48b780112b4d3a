package dev.anneal.jobs.cli;

import dev.anneal.normalize.composition.FormulaParser;
import dev.anneal.normalize.composition.FormulaResult;
import dev.anneal.normalize.composition.Variables;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code anneal formula}: how Anneal reads a formula, as JSON, for users checking a name. */
@Command(name = "formula", mixinStandardHelpOptions = true,
    description = {"Print the canonical forms of a formula as Anneal reads it (JSON):",
        "reduced and Hill formulas, chemical system, elements, fractions and flags;",
        "or the reason it cannot be resolved (exit status 1)."})
final class FormulaCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "FORMULA",
      description = "The formula as written, e.g. 'Ba1-xSrxTiO3' or 'YBa2Cu3O7-δ'.")
  String formula;

  @Option(names = "--var", paramLabel = "NAME=VALUE",
      description = "A value for a variable or placeholder, e.g. --var x=0.1 or --var RE=Y. Repeatable.")
  List<String> variables = new ArrayList<>();

  @Override
  public Integer call() {
    FormulaResult result = FormulaParser.parse(formula,
        Variables.parse(variables.toArray(String[]::new)));
    System.out.println(result.toJson());
    return result instanceof FormulaResult.Parsed ? 0 : 1;
  }
}
