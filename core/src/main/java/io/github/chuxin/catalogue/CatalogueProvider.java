package io.github.chuxin.catalogue;

/**
 * Supplies the catalogues that users replace: areas of special rectification (the central
 * campaign's eight areas are not in the seed, so the list is data), self-inspection checklists
 * such as the "eighteen whether-questions" 十八個是否 (十八个是否), and problem categories.
 *
 * <p>Implementations must be thread-safe. {@link #defaults()} gives the library's own.
 */
public interface CatalogueProvider {

  /**
   * Returns the areas of special rectification 專項整治領域 (专项整治领域).
   *
   * @return the catalogue
   */
  Catalogue specialRectificationAreas();

  /**
   * Returns the self-inspection checklist 自查清單 (自查清单).
   *
   * @return the catalogue
   */
  Catalogue selfInspectionChecklist();

  /**
   * Returns the problem categories 問題類別 (问题类别).
   *
   * @return the catalogue
   */
  Catalogue problemCategories();

  /**
   * Returns the library's default catalogues: the special-rectification areas the source document
   * names (Beijing's 規劃和自然資源領域突出問題, 形式主義、官僚主義 with its 23 measures, 掃黑除惡,
   * 整頓軟弱渙散基層黨組織 and 群眾身邊的突出問題; not the central campaign's eight areas, which the
   * source does not list), an empty checklist to be loaded by the user, and broad problem categories.
   *
   * @return the default provider
   */
  static CatalogueProvider defaults() {
    return DefaultCatalogues.INSTANCE;
  }

  /**
   * Returns a provider with these catalogues.
   *
   * @param specialRectificationAreas the areas of special rectification, not null
   * @param selfInspectionChecklist the self-inspection checklist, not null
   * @param problemCategories the problem categories, not null
   * @return the provider
   */
  static CatalogueProvider of(Catalogue specialRectificationAreas, Catalogue selfInspectionChecklist,
      Catalogue problemCategories) {
    return new Catalogues(specialRectificationAreas, selfInspectionChecklist, problemCategories);
  }

  /**
   * Returns this provider with other areas of special rectification, such as the eight areas the
   * central campaign named, loaded by the user, and the same checklist and categories.
   *
   * <pre>{@code
   * CatalogueProvider mine = CatalogueProvider.defaults().withSpecialRectificationAreas(Catalogue.of(
   *     "special-rectification-areas", List.of(CatalogueEntry.of("sample-area",
   *         Label.of("a sample area", "示例领域", "示例領域")))));
   * }</pre>
   *
   * @param areas the areas, not null
   * @return the provider
   */
  default CatalogueProvider withSpecialRectificationAreas(Catalogue areas) {
    return of(areas, selfInspectionChecklist(), problemCategories());
  }

  /**
   * Returns this provider with another self-inspection checklist, such as the "eighteen
   * whether-questions" 十八個是否 (十八个是否) loaded by the user, and the same areas and categories.
   *
   * @param checklist the checklist, not null
   * @return the provider
   */
  default CatalogueProvider withSelfInspectionChecklist(Catalogue checklist) {
    return of(specialRectificationAreas(), checklist, problemCategories());
  }
}
