/**
 * Rankings 排名: units of a subtree ordered by a roll-up figure
 * ({@link io.github.chuxin.report.ranking.Rankings}).
 */
@NullMarked
@Value.Style(jdkOnly = true, visibility = Value.Style.ImplementationVisibility.PUBLIC, allowedClasspathAnnotations = Override.class)
package io.github.chuxin.report.ranking;

import org.immutables.value.Value;
import org.jspecify.annotations.NullMarked;
