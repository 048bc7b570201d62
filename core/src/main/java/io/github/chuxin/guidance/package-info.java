/**
 * Guidance 督導 (督导): guidance groups 指導組 (指导组), their five roles, their assignments to units and
 * the record of the "five musts" 五個必 (五个必).
 */
@NullMarked
@Value.Style(jdkOnly = true, visibility = Value.Style.ImplementationVisibility.PUBLIC, allowedClasspathAnnotations = Override.class)
package io.github.chuxin.guidance;

import org.immutables.value.Value;
import org.jspecify.annotations.NullMarked;
