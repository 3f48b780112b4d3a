package dev.anneal.ingest.lablog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ColumnMappingTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Tc (K)|VALUE|tc|K",
      "T_c|VALUE|tc|''",
      "tcValue|VALUE|tc|''",
      "Temperature [°C]|VALUE|temperature|°C",
      "dHf (kJ/mol)|VALUE|formation_enthalpy|kJ/mol",
      "formation_energy|VALUE|formation_energy|''",
      "ramp [°C/min]|VALUE|heating_rate|°C/min",
      "dwell [h]|VALUE|dwell_time|h",
      "formula|MATERIAL|''|''",
      "composition|MATERIAL|''|''",
      "material|MATERIAL|''|''",
      "sample|SAMPLE_ID|''|''",
      "sample_id|SAMPLE_ID|''|''",
      "date|MEASURED_AT|''|''",
      "measured_at|MEASURED_AT|''|''",
      "operator|OPERATOR|''|''",
      "pressure|CONDITION|pressure|''",
      "Pressure (GPa)|CONDITION|pressure|GPa",
      "me_method|CONDITION|method|''",
      "x|VARIABLE|x|''",
      "filename|DOCUMENT|''|''",
      "atmosphere|CONTEXT|atmosphere|''",
      "t (h)|CONTEXT|t (h)|h",
      "p|CONTEXT|p|''",
      "time|CONTEXT|time|''",
      "Tc/K|VALUE|tc|K",
      "Hf/eV atom-1|VALUE|formation_enthalpy|eV atom-1",
      "dHf/kJ mol^-1|VALUE|formation_enthalpy|kJ mol^-1",
      "Tc_K|VALUE|tc|K",
      "temperature_C|VALUE|temperature|C",
      "Ef_eV_per_atom|VALUE|formation_energy|eV/atom",
      "dHf_kJ_mol|VALUE|formation_enthalpy|kJ/mol",
      "ramp_K_min|VALUE|heating_rate|K/min",
      "formation_energy_eV_atom|VALUE|formation_energy|eV/atom",
      "Tc_mid|CONTEXT|Tc_mid|''",
      "Tc/Tc0|CONTEXT|Tc/Tc0|''",
      "Ba/Sr ratio|CONTEXT|Ba/Sr ratio|''",
      "property|PROPERTY_NAME|''|''",
      "quantity|PROPERTY_NAME|''|''",
      "value|PROPERTY_VALUE|''|''",
      "unit|PROPERTY_UNIT|''|''",
      "uncertainty|UNCERTAINTY|''|''",
  })
  void mapsCommonHeaders(String header, ColumnRole role, String name, String unit) {
    ColumnSpec spec = ColumnMapping.automatic().resolve(HeaderName.of(header));
    assertEquals(new ColumnSpec(role, name, unit), spec);
  }

  @Test
  void yamlMappingOverridesAndDeclaresUnits() {
    Map<String, Object> columns = new LinkedHashMap<>();
    columns.put("Tonset", Map.of("role", "value", "property", "tc", "unit", "K"));
    columns.put("who", "operator");
    columns.put("scratch", "ignore");
    columns.put("tc", "context");
    ColumnMapping m = ColumnMapping.fromMap(Map.of("columns", columns, "auto", true));
    assertEquals(new ColumnSpec(ColumnRole.VALUE, "tc", "K"), m.resolve(HeaderName.of("Tonset")));
    assertEquals(ColumnRole.OPERATOR, m.resolve(HeaderName.of("who")).role());
    assertEquals(ColumnRole.IGNORE, m.resolve(HeaderName.of("scratch")).role());
    assertEquals(ColumnRole.CONTEXT, m.resolve(HeaderName.of("Tc")).role(), "explicit beats automatic");
    assertEquals(ColumnRole.MATERIAL, m.resolve(HeaderName.of("formula")).role());
    ColumnMapping manual = ColumnMapping.fromMap(Map.of("auto", false, "columns", Map.of()));
    assertEquals(ColumnRole.CONTEXT, manual.resolve(HeaderName.of("formula")).role());
  }

  @Test
  void malformedConfigurationNamesTheColumn() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ColumnMapping.fromMap(Map.of("columns", Map.of("Tonset", "temperature"))));
    assertEquals(true, e.getMessage().contains("Tonset"));
    assertThrows(IllegalArgumentException.class,
        () -> ColumnMapping.fromMap(Map.of("columns", Map.of("T", Map.of("role", "value")))));
  }

  @Test
  void headerSplitsNameAndUnit() {
    assertEquals(new HeaderName("Tc (K)", "Tc", "K"), HeaderName.of(" Tc (K) "));
    assertEquals(new HeaderName("dHf / kJ mol-1", "dHf", "kJ mol-1"), HeaderName.of("dHf / kJ mol-1"));
    assertEquals(new HeaderName("notes", "notes", ""), HeaderName.of("notes"));
  }
}
