package io.github.chuxin.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.chuxin.i18n.Label;
import java.util.List;
import org.junit.jupiter.api.Test;

class CatalogueProviderTest {

  @Test
  void theDefaultAreasAreThoseTheSourceNamesAndNoOthers() {
    Catalogue areas = CatalogueProvider.defaults().specialRectificationAreas();
    assertThat(areas.entries()).extracting(CatalogueEntry::code).containsExactly("planning-natural-resources",
        "formalism-bureaucratism", "organised-crime", "weak-lax-organisations", "citizen-concerns");
    assertThat(areas.find("organised-crime").orElseThrow().label().traditional()).contains("掃黑除惡");
    assertThat(areas.find("weak-lax-organisations").orElseThrow().label().traditional()).contains("軟弱渙散基層黨組織");
    assertThat(areas.find("planning-natural-resources").orElseThrow().label().traditional())
        .isEqualTo("規劃和自然資源領域突出問題");
    assertThat(areas.find("formalism-bureaucratism").orElseThrow().label().traditional()).contains("23條措施");
  }

  @Test
  void aUserReplacesTheAreasAndKeepsTheOtherCatalogues() {
    CatalogueProvider defaults = CatalogueProvider.defaults();
    Catalogue mine = Catalogue.of("my-areas", List.of(CatalogueEntry.of("sample-area",
        Label.of("a sample area", "示例领域", "示例領域"))));
    CatalogueProvider replaced = defaults.withSpecialRectificationAreas(mine);
    assertThat(replaced.specialRectificationAreas()).isSameAs(mine);
    assertThat(replaced.problemCategories()).isSameAs(defaults.problemCategories());
    assertThat(replaced.selfInspectionChecklist()).isSameAs(defaults.selfInspectionChecklist());
    assertThat(defaults.specialRectificationAreas().contains("sample-area")).isFalse();
  }

  @Test
  void aUserLoadsTheChecklistAsData() {
    Catalogue eighteen = Catalogue.of("eighteen-whether-questions", List.of(CatalogueEntry.of("q1",
        Label.of("question 1 (sample)", "第一问（示例）", "第一問（示例）"))));
    CatalogueProvider loaded = CatalogueProvider.defaults().withSelfInspectionChecklist(eighteen);
    assertThat(loaded.selfInspectionChecklist().contains("q1")).isTrue();
    assertThat(loaded.specialRectificationAreas()).isSameAs(CatalogueProvider.defaults().specialRectificationAreas());
    assertThatThrownBy(() -> CatalogueProvider.of(eighteen, eighteen, null)).isInstanceOf(NullPointerException.class);
  }
}
