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
   * Returns the library's default catalogues: Beijing's area 規劃和自然資源領域突出問題, an empty
   * checklist to be loaded by the user, and broad problem categories.
   *
   * @return the default provider
   */
  static CatalogueProvider defaults() {
    return DefaultCatalogues.INSTANCE;
  }
}
