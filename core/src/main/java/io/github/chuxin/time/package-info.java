/**
 * Time rules 時限規則 (时限规则): effective deadlines, days remaining, overdue and due-soon items,
 * warning levels, late completion, reminder dates and review dates, all read in the campaign's
 * zone with inclusive dates, as pure functions of an item and a {@link java.time.Clock}.
 */
@NullMarked
@Value.Style(jdkOnly = true, visibility = Value.Style.ImplementationVisibility.PUBLIC, allowedClasspathAnnotations = Override.class)
package io.github.chuxin.time;

import org.immutables.value.Value;
import org.jspecify.annotations.NullMarked;
