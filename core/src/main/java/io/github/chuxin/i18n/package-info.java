/**
 * Display labels in English, Simplified and Traditional Chinese, chosen at run time by an explicit
 * {@link io.github.chuxin.i18n.Language}, never by the default locale.
 */
@NullMarked
@Value.Style(jdkOnly = true, visibility = Value.Style.ImplementationVisibility.PUBLIC, allowedClasspathAnnotations = Override.class)
package io.github.chuxin.i18n;

import org.immutables.value.Value;
import org.jspecify.annotations.NullMarked;
