/**
 * Leadership bodies 領導機構 (领导机构): the leading group, the campaign office and the special
 * rectification working groups 專項整治組 (专项整治组), with their meetings,
 * implementation plans 實施方案 (实施方案) with their review, and the schedule of monthly focuses and weekly
 * arrangements 月重點、週安排 (月重点、周安排).
 */
@NullMarked
@Value.Style(jdkOnly = true, visibility = Value.Style.ImplementationVisibility.PUBLIC, allowedClasspathAnnotations = Override.class)
package io.github.chuxin.leadership;

import org.immutables.value.Value;
import org.jspecify.annotations.NullMarked;
