package dev.anneal.jobs.cli;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.anneal.jobs.config.ConfigException;
import dev.anneal.jobs.config.ConfigLoader;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A misconfigured filter rule is found by the checks made before Spark starts (exit 2). */
class QualityFiltersBeforeSparkTest {

  @Test
  void anUnknownRuleFailsThePreflight() {
    var config = ConfigLoader.load(null, List.of("quality.filters.rules=[language, too_shrt]"));
    ConfigException e = assertThrows(ConfigException.class, () -> RunPreflight.check(config, null));
    assertTrue(e.getMessage().contains("unknown filter rule 'too_shrt'"), e.getMessage());
  }
}
