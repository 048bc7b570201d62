/**
 * Report cards 成績單 (成绩单): a unit's assessment against the four "in place" dimensions
 * 四個到位 (四个到位), with the criteria behind each state
 * ({@link io.github.chuxin.report.card.ReportCards}).
 */
@NullMarked
@Value.Style(jdkOnly = true, visibility = Value.Style.ImplementationVisibility.PUBLIC, allowedClasspathAnnotations = Override.class)
package io.github.chuxin.report.card;

import org.immutables.value.Value;
import org.jspecify.annotations.NullMarked;
