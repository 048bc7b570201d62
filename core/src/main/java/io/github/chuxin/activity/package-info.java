/**
 * Activities 學習教育、調查研究 (学习教育、调查研究): study sessions, seminars, the central group's study,
 * law study before committee meetings, study material compilations, party lectures, red-site and
 * warning education, research visits and special meetings.
 */
@NullMarked
@Value.Style(jdkOnly = true, visibility = Value.Style.ImplementationVisibility.PUBLIC, allowedClasspathAnnotations = Override.class)
package io.github.chuxin.activity;

import org.immutables.value.Value;
import org.jspecify.annotations.NullMarked;
