/**
 * The campaign 主題教育 (主题教育) itself: theme, the twelve-character general requirement, objectives,
 * key measures, the four "in place" dimensions, batches with their date windows and the assignment of
 * units to batches. The whole campaign's data is held one level up, in {@code io.github.chuxin.snapshot}.
 */
@NullMarked
@Value.Style(jdkOnly = true, visibility = Value.Style.ImplementationVisibility.PUBLIC, allowedClasspathAnnotations = Override.class)
package io.github.chuxin.campaign;

import org.immutables.value.Value;
import org.jspecify.annotations.NullMarked;
