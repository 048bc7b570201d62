package io.github.chuxin.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.chuxin.org.OrgId;
import io.github.chuxin.rectification.ActorRole;
import io.github.chuxin.rectification.Evidence;
import io.github.chuxin.rectification.RectificationId;
import io.github.chuxin.rectification.RectificationItem;
import io.github.chuxin.rectification.RectificationKind;
import io.github.chuxin.rectification.RectificationStatus;
import io.github.chuxin.rectification.StatusChange;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ItemChangesTest {

  private static final StatusChange START = StatusChange.builder().from(RectificationStatus.PLANNED)
      .to(RectificationStatus.IN_PROGRESS).at(Instant.parse("2019-07-01T02:00:00Z")).role(ActorRole.RESPONSIBLE_UNIT)
      .build();
  private static final RectificationItem PLANNED = RectificationItem.builder().id(RectificationId.of("r-1"))
      .title("t").responsibleUnit(OrgId.of("u")).kind(RectificationKind.IMMEDIATE)
      .createdOn(LocalDate.of(2019, 7, 1)).build();
  private static final RectificationItem STARTED = RectificationItem.builder().from(PLANNED).addHistory(START)
      .status(RectificationStatus.IN_PROGRESS).build();

  @Test
  void anInsertIsCreatedWithItsStatus() {
    assertThat(ItemChanges.kind(Optional.empty(), PLANNED)).isEqualTo(ChangeKind.CREATED);
    assertThat(ItemChanges.summary(Optional.empty(), PLANNED)).isEqualTo("created with status PLANNED");
  }

  @Test
  void aStatusMoveNamesTheStatusesAndTheChangedFields() {
    assertThat(ItemChanges.kind(Optional.of(PLANNED), STARTED)).isEqualTo(ChangeKind.STATUS_CHANGED);
    assertThat(ItemChanges.summary(Optional.of(PLANNED), STARTED)).isEqualTo("status: PLANNED -> IN_PROGRESS; history");
  }

  @Test
  void anUpdateWithoutAStatusMoveNamesOnlyTheChangedFields() {
    RectificationItem withEvidence = RectificationItem.builder().from(STARTED)
        .addEvidence(Evidence.builder().description("report").addedOn(LocalDate.of(2019, 7, 2)).build()).build();
    assertThat(ItemChanges.kind(Optional.of(STARTED), withEvidence)).isEqualTo(ChangeKind.UPDATED);
    assertThat(ItemChanges.summary(Optional.of(STARTED), withEvidence)).isEqualTo("evidence");
    assertThat(ItemChanges.summary(Optional.of(STARTED), STARTED)).isEqualTo("no field changed");
  }

  @Test
  void droppingAStoredStatusChangeIsARewrite() {
    ItemChanges.requireAppendOnly(PLANNED, STARTED);
    assertThatThrownBy(() -> ItemChanges.requireAppendOnly(STARTED, PLANNED))
        .isInstanceOf(HistoryRewriteException.class).hasMessageContaining("prefix");
  }
}
