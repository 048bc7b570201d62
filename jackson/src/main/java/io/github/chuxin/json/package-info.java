/**
 * JSON interchange: {@link io.github.chuxin.json.ChuxinModule}, a Jackson module that maps every model type
 * without annotations on the model, and the snapshot document, one JSON document holding a whole
 * {@link io.github.chuxin.snapshot.CampaignSnapshot}, written by {@link io.github.chuxin.json.SnapshotWriter}
 * and read, with limits and typed errors, by {@link io.github.chuxin.json.SnapshotReader}; and the validation
 * report document ({@link io.github.chuxin.json.ReportDocument}), written by
 * {@link io.github.chuxin.json.ReportWriter} and read by {@link io.github.chuxin.json.ReportReader}.
 *
 * <p>Conventions of the format: dates ({@code LocalDate}) as RFC 3339 full-dates {@code yyyy-MM-dd} (a year
 * outside 0000-9999 with its sign, as {@code LocalDate.toString()} writes it), instants as RFC 3339 date-times
 * with seconds, written in UTC ({@code 2019-06-01T02:00:00Z}) and read at any offset
 * ({@code 2019-06-01T10:00:00+08:00} is the same instant); integers as JSON numbers with no fractional part
 * ({@code 85}, and when read also {@code 85.0}); zones as region ids ({@code Asia/Shanghai}); identifiers as
 * plain strings; enum constants as lower-case codes with hyphens ({@code OrgKind.BUREAU_LEVEL_UNIT} is
 * {@code "bureau-level-unit"}), never ordinals; an empty {@code Optional} is an absent field; labels as
 * {@code {"en": ..., "zh-Hans": ..., "zh-Hant": ...}}; a set (such as an organisation's home organisations or
 * a campaign's objectives) as an array without repeats. The documents' JSON Schemas (draft 2020-12, compiled
 * by strict validators of Java and JavaScript alike) are the resources
 * {@value io.github.chuxin.json.SnapshotFormat#SCHEMA_RESOURCE} and
 * {@value io.github.chuxin.json.ReportDocument#SCHEMA_RESOURCE}; each one's description lists what only the
 * reader checks.
 */
@NullMarked
package io.github.chuxin.json;

import org.jspecify.annotations.NullMarked;
