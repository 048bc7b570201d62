package io.github.chuxin.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.chuxin.campaign.Objective;
import io.github.chuxin.i18n.Label;
import io.github.chuxin.i18n.Labelled;
import io.github.chuxin.problem.OwnerAspect;
import io.github.chuxin.problem.ProblemSeverity;
import io.github.chuxin.problem.ProblemSource;
import io.github.chuxin.rectification.RectificationStatus;
import io.github.chuxin.report.rollup.ProblemState;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The words officials read (the forms of every label are checked by {@code i18n.StandardFormsTest}):
 * 徵求意見 and 收穫, 未列入整改 for a
 * problem no item answers yet, and 銷號 only for rectification items.
 */
class StandardWordsTest {

  private static List<Label> labels(Labelled[]... enums) {
    List<Label> all = new ArrayList<>();
    for (Labelled[] values : enums) {
      for (Labelled v : values) {
        all.add(v.label());
      }
    }
    return all;
  }

  @Test
  void solicitingOpinionsAndGainsInStudyAreWrittenInStandardTraditional() {
    assertThat(ProblemSource.SOLICITED_OPINIONS.label().traditional()).isEqualTo("徵求意見");
    assertThat(Objective.THEORETICAL_STUDY.label().traditional()).isEqualTo("理論學習有收穫");
  }

  @Test
  void aProblemNoItemAnswersIsWeiLieRuZhengGaiAndNoProblemWordSaysXiaoHao() {
    assertThat(ProblemState.OPEN.label().traditional()).isEqualTo("未列入整改");
    assertThat(ProblemState.OPEN.label().simplified()).isEqualTo("未列入整改");
    List<Label> problemWords = labels(ProblemState.values(), ProblemSource.values(), OwnerAspect.values(),
        ProblemSeverity.values());
    RuleCatalogue.definitions().stream().filter(d -> d.code().startsWith("PROBLEM-"))
        .flatMap(d -> Stream.of(d.title(), d.template())).forEach(problemWords::add);
    for (Label label : problemWords) {
      assertThat(label.traditional()).as(label.english()).doesNotContain("銷號").doesNotContain("銷項");
      assertThat(label.simplified()).as(label.english()).doesNotContain("销号").doesNotContain("销项");
    }
    assertThat(RectificationStatus.SIGNED_OFF.label().traditional()).isEqualTo("銷號");
  }
}
