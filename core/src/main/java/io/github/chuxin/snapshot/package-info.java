/**
 * The campaign snapshot 主題教育數據快照 (主题教育数据快照): one campaign with every aggregate that
 * belongs to it, as one immutable value ({@link io.github.chuxin.snapshot.CampaignSnapshot}).
 *
 * <p>It sits above every model package, since it holds them all, and below validation, reports
 * and storage, which read it.
 */
@NullMarked
@Value.Style(jdkOnly = true, visibility = Value.Style.ImplementationVisibility.PUBLIC, allowedClasspathAnnotations = Override.class)
package io.github.chuxin.snapshot;

import org.immutables.value.Value;
import org.jspecify.annotations.NullMarked;
