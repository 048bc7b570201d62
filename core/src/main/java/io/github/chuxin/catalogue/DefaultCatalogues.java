package io.github.chuxin.catalogue;

import io.github.chuxin.i18n.Label;
import java.util.List;

/** The library's default catalogues. */
final class DefaultCatalogues implements CatalogueProvider {

  static final DefaultCatalogues INSTANCE = new DefaultCatalogues();

  /**
   * The areas the source document names (the central campaign's eight areas are not in it, so
   * none is invented here): Beijing's planning and natural resources (seed ¶4), formalism and
   * bureaucratism with Beijing's 23 measures (seed ¶14), the campaign against organised crime and
   * the rectification of weak and lax primary-level party organisations (seed ¶13), and the
   * prominent problems close to the people (seed ¶13).
   */
  private final Catalogue areas = Catalogue.of("special-rectification-areas", List.of(
      CatalogueEntry.of("planning-natural-resources",
          Label.of("prominent problems of planning and natural resources", "规划和自然资源领域突出问题",
              "規劃和自然資源領域突出問題")),
      CatalogueEntry.of("formalism-bureaucratism",
          Label.of("formalism and bureaucratism (the 23 measures)", "形式主义、官僚主义（23条措施）",
              "形式主義、官僚主義（23條措施）")),
      CatalogueEntry.of("organised-crime",
          Label.of("the campaign against organised crime", "扫黑除恶专项斗争", "掃黑除惡專項鬥爭")),
      CatalogueEntry.of("weak-lax-organisations",
          Label.of("weak and lax primary-level party organisations", "整顿软弱涣散基层党组织",
              "整頓軟弱渙散基層黨組織")),
      CatalogueEntry.of("citizen-concerns",
          Label.of("prominent problems close to the people", "群众身边的突出问题", "群眾身邊的突出問題"))));

  private final Catalogue checklist = Catalogue.of("self-inspection-checklist", List.of());

  private final Catalogue categories = Catalogue.of("problem-categories", List.of(
      CatalogueEntry.of("political", Label.of("political stance", "政治站位", "政治站位")),
      CatalogueEntry.of("theory", Label.of("theoretical study", "理论学习", "理論學習")),
      CatalogueEntry.of("responsibility", Label.of("taking responsibility", "担当作为", "擔當作為")),
      CatalogueEntry.of("service", Label.of("serving the people", "为民服务", "為民服務")),
      CatalogueEntry.of("integrity", Label.of("integrity and discipline", "廉洁自律", "廉潔自律")),
      CatalogueEntry.of("work-style", Label.of("work style", "工作作风", "工作作風"))));

  private DefaultCatalogues() {}

  @Override
  public Catalogue specialRectificationAreas() {
    return areas;
  }

  @Override
  public Catalogue selfInspectionChecklist() {
    return checklist;
  }

  @Override
  public Catalogue problemCategories() {
    return categories;
  }
}
