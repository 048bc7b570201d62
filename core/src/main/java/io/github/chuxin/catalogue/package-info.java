/**
 * Catalogues that users replace: areas of special rectification, self-inspection checklists and problem
 * categories, as data behind {@link io.github.chuxin.catalogue.CatalogueProvider} rather than closed enums.
 */
@NullMarked
@Value.Style(jdkOnly = true, visibility = Value.Style.ImplementationVisibility.PUBLIC, allowedClasspathAnnotations = Override.class)
package io.github.chuxin.catalogue;

import org.immutables.value.Value;
import org.jspecify.annotations.NullMarked;
