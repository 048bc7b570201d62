/**
 * Special rectification 專項整治 (专项整治): projects with their five elements (objectives, problem list,
 * measures, responsible departments, deadlines), a lead leader, a lead unit and participating units.
 */
@NullMarked
@Value.Style(jdkOnly = true, visibility = Value.Style.ImplementationVisibility.PUBLIC, allowedClasspathAnnotations = Override.class)
package io.github.chuxin.special;

import org.immutables.value.Value;
import org.jspecify.annotations.NullMarked;
