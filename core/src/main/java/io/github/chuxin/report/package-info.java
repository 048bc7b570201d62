/**
 * Reports 報表 (报表): roll-ups of units, members, problems and rectification items over any
 * subtree and date with rankings, the rectification ledger 臺賬 (台账), report cards 成績單
 * (成绩单) with the four "in place" dimensions, and batch readiness.
 *
 * <p>Roll-ups keep their figures in flat arrays indexed by the tree's dense node numbers and
 * are built in one pass over the pre-order, without recursion. The ledger's CSV and JSON
 * writers live in {@code io.github.chuxin.json.report}, since the model imports no Jackson.
 * Citizen-request (12345) figures are in {@link io.github.chuxin.report.hotline}.
 */
@NullMarked
@Value.Style(jdkOnly = true, visibility = Value.Style.ImplementationVisibility.PUBLIC)
package io.github.chuxin.report;

import org.immutables.value.Value;
import org.jspecify.annotations.NullMarked;
