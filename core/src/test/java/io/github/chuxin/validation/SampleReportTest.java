package io.github.chuxin.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.chuxin.i18n.Language;
import org.junit.jupiter.api.Test;

/** The sample report shown in the README's "Validation" section, kept true by this test. */
class SampleReportTest {

  static ValidationReport sample() {
    SmallCampaign campaign = new SmallCampaign();
    for (String code : new String[] {"ORG-BRANCH-TOO-LARGE", "RECT-DEADLINE-AFTER-BATCH", "PROBLEM-UNANSWERED",
        "SPECIAL-LEAD-LEADER-MISSING", "RECT-COMPLETED-WITHOUT-EVIDENCE", "GUIDANCE-FIVE-MUSTS-INCOMPLETE"}) {
      BuiltInRulesTest.breakers().get(code).accept(campaign);
    }
    return Validator.defaults().report(campaign.snapshot(), SmallCampaign.CLOCK);
  }

  @Test
  void theReadmeSampleReportIsWhatTheValidatorSays() {
    String text = sample().format(Language.ENGLISH) + "\n" + sample().format(Language.TRADITIONAL_CHINESE)
        + "\n" + sample().format(Language.SIMPLIFIED_CHINESE);
    assertThat(text).isEqualTo(EXPECTED);
  }

  static final String EXPECTED = """
      WARNING GUIDANCE-FIVE-MUSTS-INCOMPLETE at guidance[g-1].unit[subway]: Guidance group g-1 has not recorded sit in on study seminars for unit subway, whose batch b1 ended on 2019-08-31.
      WARNING ORG-BRANCH-TOO-LARGE at organisation[relics-b1].members: Branch relics-b1 has 51 members, more than 50; consider a general branch.
      WARNING PROBLEM-UNANSWERED at problem[p-4]: Problem p-4 is not yet in rectification: no rectification item answers it and it is not closed.
      ERROR RECT-COMPLETED-WITHOUT-EVIDENCE at rectification[r-1].evidence: Rectification item r-1 is signed off but has no evidence.
      INFO RECT-DEADLINE-AFTER-BATCH at rectification[r-3].deadline: Time-bound item r-3 is due on 2019-12-31, after batch b2 ends on 2019-11-30; rectification goes on past the batch, which is normal.
      WARNING SPECIAL-LEAD-LEADER-MISSING at special[s-1].leadLeader: Special rectification s-1 has no lead leader.

      WARNING GUIDANCE-FIVE-MUSTS-INCOMPLETE at guidance[g-1].unit[subway]: 指導組 g-1 對單位 subway 尚未記錄：學習研討必聽；該單位所在批次 b1 已於 2019-08-31 結束。
      WARNING ORG-BRANCH-TOO-LARGE at organisation[relics-b1].members: 黨支部 relics-b1 有黨員 51 名，超過 50 名，可考慮成立黨總支。
      WARNING PROBLEM-UNANSWERED at problem[p-4]: 問題 p-4 未列入整改：沒有對應的整改任務，也未說明理由關閉。
      ERROR RECT-COMPLETED-WITHOUT-EVIDENCE at rectification[r-1].evidence: 整改任務 r-1 狀態為「銷號」，但沒有佐證材料。
      INFO RECT-DEADLINE-AFTER-BATCH at rectification[r-3].deadline: 限期整改任務 r-3 的完成時限 2019-12-31 晚於批次 b2 的結束日期 2019-11-30；整改在批次結束後繼續進行，屬正常情況。
      WARNING SPECIAL-LEAD-LEADER-MISSING at special[s-1].leadLeader: 專項整治 s-1 沒有領銜領導。

      WARNING GUIDANCE-FIVE-MUSTS-INCOMPLETE at guidance[g-1].unit[subway]: 指导组 g-1 对单位 subway 尚未记录：学习研讨必听；该单位所在批次 b1 已于 2019-08-31 结束。
      WARNING ORG-BRANCH-TOO-LARGE at organisation[relics-b1].members: 党支部 relics-b1 有党员 51 名，超过 50 名，可考虑成立党总支。
      WARNING PROBLEM-UNANSWERED at problem[p-4]: 问题 p-4 未列入整改：没有对应的整改任务，也未说明理由关闭。
      ERROR RECT-COMPLETED-WITHOUT-EVIDENCE at rectification[r-1].evidence: 整改任务 r-1 状态为“销号”，但没有佐证材料。
      INFO RECT-DEADLINE-AFTER-BATCH at rectification[r-3].deadline: 限期整改任务 r-3 的完成时限 2019-12-31 晚于批次 b2 的结束日期 2019-11-30；整改在批次结束后继续进行，属正常情况。
      WARNING SPECIAL-LEAD-LEADER-MISSING at special[s-1].leadLeader: 专项整治 s-1 没有领衔领导。
      """;
}
