/**
 * Roll-ups 匯總 (汇总): units, members, problems and rectification items summed over any subtree
 * on a date ({@link io.github.chuxin.report.rollup.Rollup}).
 *
 * <p>Figures are kept in flat arrays indexed by the tree's dense node numbers and built in one
 * pass over the pre-order, without recursion.
 */
@NullMarked
@Value.Style(jdkOnly = true, visibility = Value.Style.ImplementationVisibility.PUBLIC, allowedClasspathAnnotations = Override.class)
package io.github.chuxin.report.rollup;

import org.immutables.value.Value;
import org.jspecify.annotations.NullMarked;
