/**
 * JSON interchange: {@link io.github.chuxin.json.ChuxinModule}, a Jackson module that maps every model type
 * without annotations on the model, and the snapshot document, one JSON document holding a whole
 * {@link io.github.chuxin.snapshot.CampaignSnapshot}, written by {@link io.github.chuxin.json.SnapshotWriter}
 * and read, with limits and typed errors, by {@link io.github.chuxin.json.SnapshotReader}.
 *
 * <p>Conventions of the format: dates ({@code LocalDate}) as ISO-8601 {@code yyyy-MM-dd}, instants as
 * ISO-8601 UTC ({@code 2019-06-01T02:00:00Z}), zones as region ids ({@code Asia/Shanghai}); identifiers as
 * plain strings; enum constants as lower-case codes with hyphens ({@code OrgKind.BUREAU_LEVEL_UNIT} is
 * {@code "bureau-level-unit"}), never ordinals; an empty {@code Optional} is an absent field; labels as
 * {@code {"en": ..., "zh-Hans": ..., "zh-Hant": ...}}. The document's JSON Schema (draft 2020-12) is the
 * resource {@value io.github.chuxin.json.SnapshotFormat#SCHEMA_RESOURCE}.
 */
@NullMarked
package io.github.chuxin.json;

import org.jspecify.annotations.NullMarked;
