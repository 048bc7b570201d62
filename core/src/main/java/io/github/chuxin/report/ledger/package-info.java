/**
 * The rectification ledger 整改臺賬 (整改台账): one row per rectification item with the columns
 * published ledgers use ({@link io.github.chuxin.report.ledger.Ledger}).
 *
 * <p>Its CSV and JSON writers are in {@code io.github.chuxin.export} of the {@code chuxin-jackson}
 * artifact, since the model imports no Jackson.
 */
@NullMarked
@Value.Style(jdkOnly = true, visibility = Value.Style.ImplementationVisibility.PUBLIC, allowedClasspathAnnotations = Override.class)
package io.github.chuxin.report.ledger;

import org.immutables.value.Value;
import org.jspecify.annotations.NullMarked;
