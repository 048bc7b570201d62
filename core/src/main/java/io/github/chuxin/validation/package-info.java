/**
 * Validation 校驗 (校验): the engine that says everything that is wrong with a campaign's data,
 * as {@link io.github.chuxin.diagnostic.Violation}s with stable codes, severities, paths made of
 * identifiers, arguments and messages in English, Simplified and Traditional Chinese.
 *
 * <p>Start at {@link io.github.chuxin.validation.Validator}; the built-in rules and their codes
 * are listed by {@link io.github.chuxin.validation.RuleCatalogue}, which composes package-private
 * files, one per area, each rule beside its messages and its
 * {@link io.github.chuxin.validation.Breakage} (an example violation, used by test fixtures).
 */
@NullMarked
@Value.Style(jdkOnly = true, visibility = Value.Style.ImplementationVisibility.PUBLIC, allowedClasspathAnnotations = Override.class)
package io.github.chuxin.validation;

import org.immutables.value.Value;
import org.jspecify.annotations.NullMarked;
