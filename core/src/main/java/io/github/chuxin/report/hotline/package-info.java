/**
 * Citizen requests 接訴即辦 (接诉即办) through the 12345 hotline: requests dispatched to city,
 * district and township bodies, their response, resolution and satisfaction rates per unit over
 * a period, and the monthly four-category ranking by a replaceable {@link
 * io.github.chuxin.report.hotline.RankingPolicy}.
 */
@NullMarked
@Value.Style(jdkOnly = true, visibility = Value.Style.ImplementationVisibility.PUBLIC, allowedClasspathAnnotations = Override.class)
package io.github.chuxin.report.hotline;

import org.immutables.value.Value;
import org.jspecify.annotations.NullMarked;
