package io.github.chuxin.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.chuxin.diagnostic.RuleSource;
import io.github.chuxin.diagnostic.Severity;
import org.junit.jupiter.api.Test;

/** Every built-in rule says where it comes from, and only a rule the campaign stated is an error. */
class RuleSourcesTest {

  @Test
  void everyBuiltInRuleNamesItsSource() {
    assertThat(RuleCatalogue.definitions()).allSatisfy(d -> assertThat(d.source()).as(d.code()).isPresent());
  }

  @Test
  void noErrorRestsOnAPolicyADeploymentChose() {
    assertThat(RuleCatalogue.definitions()).filteredOn(d -> d.severity() == Severity.ERROR)
        .allSatisfy(d -> assertThat(d.source().orElseThrow().kind()).as(d.code()).isNotEqualTo(RuleSource.Kind.POLICY));
  }

  @Test
  void theRuleDocumentShowsEachSource() {
    String table = RuleCatalogue.markdownTable();
    assertThat(RuleCatalogue.definitions())
        .allSatisfy(d -> assertThat(table).contains("`" + d.code() + "` ").contains(d.source().orElseThrow().toString()));
  }
}
