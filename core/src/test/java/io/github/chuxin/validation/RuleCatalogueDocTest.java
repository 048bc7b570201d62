package io.github.chuxin.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The rule documentation, core/RULES.md, is generated from the catalogue; this test keeps it
 * current. Run with {@code -Dchuxin.updateRules=true} to regenerate it.
 */
class RuleCatalogueDocTest {

  static final Path DOC = Path.of("RULES.md");

  static String expected() {
    return "# Validation rules\n\n"
        + "Generated from `io.github.chuxin.validation.RuleCatalogue` (do not edit by hand: run\n"
        + "`mvn -pl core test -Dtest=RuleCatalogueDocTest -Dchuxin.updateRules=true`). Codes are API: they are\n"
        + "never renumbered or reused. \"at construction\" means the model refuses such data when it is\n"
        + "built, so validation never sees it.\n\n"
        + RuleCatalogue.markdownTable();
  }

  @Test
  void theCommittedRuleDocumentEqualsTheGeneratedCatalogue() throws IOException {
    if (Boolean.getBoolean("chuxin.updateRules")) {
      Files.writeString(DOC, expected(), StandardCharsets.UTF_8);
    }
    assertThat(Files.readString(DOC, StandardCharsets.UTF_8)).isEqualTo(expected());
  }
}
