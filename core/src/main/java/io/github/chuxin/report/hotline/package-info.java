/**
 * Citizen requests 接訴即辦 (接诉即办) through the 12345 hotline: requests dispatched to city,
 * district and township bodies, their response, resolution and satisfaction rates per unit over
 * a period, the daily, weekly and monthly reports 日報、週報、月報, and the monthly four-category
 * ranking of the subdistricts and townships 街鄉鎮 by a replaceable {@link
 * io.github.chuxin.report.hotline.RankingPolicy} (seed ¶8).
 */
@NullMarked
@Value.Style(jdkOnly = true, visibility = Value.Style.ImplementationVisibility.PUBLIC, allowedClasspathAnnotations = Override.class)
package io.github.chuxin.report.hotline;

import org.immutables.value.Value;
import org.jspecify.annotations.NullMarked;
