package io.github.chuxin.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.chuxin.campaign.InPlaceDimension;
import io.github.chuxin.campaign.KeyMeasure;
import io.github.chuxin.campaign.Objective;
import io.github.chuxin.catalogue.CatalogueEntry;
import io.github.chuxin.catalogue.CatalogueProvider;
import io.github.chuxin.i18n.Label;
import io.github.chuxin.i18n.Labelled;
import io.github.chuxin.problem.OwnerAspect;
import io.github.chuxin.problem.ProblemSeverity;
import io.github.chuxin.problem.ProblemSource;
import io.github.chuxin.rectification.ActorRole;
import io.github.chuxin.rectification.RectificationKind;
import io.github.chuxin.rectification.RectificationStatus;
import io.github.chuxin.report.ledger.LedgerColumn;
import io.github.chuxin.report.rollup.ProblemState;
import io.github.chuxin.special.DrivingMechanism;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The words officials read: standard Traditional forms in Traditional labels, 未列入整改 for a
 * problem no item answers yet, and 銷號 only for rectification items.
 */
class StandardWordsTest {

  /** Forms a mechanical conversion leaves, which standard Traditional writes otherwise. */
  private static final List<String> NON_STANDARD = List.of("每周", "征求", "收獲", "干部", "關于", "會后");

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
  void traditionalLabelsOfProblemsRectificationAndTheCampaignUseStandardForms() {
    List<Label> all = labels(ProblemSource.values(), OwnerAspect.values(), ProblemSeverity.values(),
        ProblemState.values(), RectificationStatus.values(), RectificationKind.values(), ActorRole.values(),
        DrivingMechanism.values(), Objective.values(), KeyMeasure.values(), InPlaceDimension.values(),
        LedgerColumn.values());
    CatalogueProvider.defaults().specialRectificationAreas().entries().stream().map(CatalogueEntry::label)
        .forEach(all::add);
    RuleCatalogue.definitions().stream().flatMap(d -> Stream.of(d.title(), d.template())).forEach(all::add);
    for (Label label : all) {
      for (String form : NON_STANDARD) {
        assertThat(label.traditional()).as(label.english()).doesNotContain(form);
      }
    }
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
