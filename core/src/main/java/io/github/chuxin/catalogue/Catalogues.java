package io.github.chuxin.catalogue;

import java.util.Objects;

/**
 * A provider that holds its three catalogues, as {@link CatalogueProvider#of} makes it.
 *
 * @param specialRectificationAreas the areas of special rectification
 * @param selfInspectionChecklist the self-inspection checklist
 * @param problemCategories the problem categories
 */
record Catalogues(Catalogue specialRectificationAreas, Catalogue selfInspectionChecklist,
    Catalogue problemCategories) implements CatalogueProvider {

  Catalogues {
    Objects.requireNonNull(specialRectificationAreas, "specialRectificationAreas");
    Objects.requireNonNull(selfInspectionChecklist, "selfInspectionChecklist");
    Objects.requireNonNull(problemCategories, "problemCategories");
  }
}
