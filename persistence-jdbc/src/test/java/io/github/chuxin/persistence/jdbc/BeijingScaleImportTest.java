package io.github.chuxin.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.chuxin.campaign.Batch;
import io.github.chuxin.campaign.BatchAssignment;
import io.github.chuxin.campaign.BatchId;
import io.github.chuxin.campaign.Campaign;
import io.github.chuxin.campaign.CampaignId;
import io.github.chuxin.campaign.DateWindow;
import io.github.chuxin.org.OrgId;
import io.github.chuxin.org.OrgKind;
import io.github.chuxin.org.Organisation;
import io.github.chuxin.persistence.ExpectedRevision;
import io.github.chuxin.persistence.Query;
import io.github.chuxin.rectification.Deadline;
import io.github.chuxin.rectification.RectificationId;
import io.github.chuxin.rectification.RectificationItem;
import io.github.chuxin.rectification.RectificationKind;
import io.github.chuxin.rectification.RectificationStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A Beijing-scale campaign imported into PostgreSQL with the bulk path: 27,600 organisations
 * (the city, 23 districts and bureaus, 1,200 units under them, 26,376 branches) and 100,000
 * rectification items; every count the stores give afterwards equals the one computed from the
 * imported data.
 */
class BeijingScaleImportTest {

  static final int SECOND_LEVEL = 23;
  static final int THIRD_LEVEL = 1_200;
  static final int ORGANISATIONS = 27_600;
  static final int ITEMS = 100_000;
  static final LocalDate AS_OF = LocalDate.of(2019, 9, 1);

  static JdbcStorage storage;
  static List<Organisation> orgs = new ArrayList<>();
  static List<RectificationItem> items = new ArrayList<>();
  static int[] secondLevelOf;
  static BatchId first = BatchId.of("bj-batch-1");
  static BatchId second = BatchId.of("bj-batch-2");

  @BeforeAll
  static void importBeijing() {
    storage = Databases.migrated(Databases.freshPostgres());
    SplittableRandom random = new SplittableRandom(2019);
    Organisation city = Organisation.builder().id(OrgId.of("bj")).kind(OrgKind.MUNICIPAL_COMMITTEE).name("北京市委")
        .build();
    orgs.add(city);
    List<OrgId> seconds = new ArrayList<>();
    for (int d = 0; d < SECOND_LEVEL; d++) {
      OrgId id = OrgId.of("bj-" + d);
      seconds.add(id);
      orgs.add(Organisation.builder().id(id).parentId(city.id())
          .kind(d < 16 ? OrgKind.DISTRICT : OrgKind.BUREAU_LEVEL_UNIT).name("unit " + d).build());
    }
    List<OrgId> thirds = new ArrayList<>();
    for (int u = 0; u < THIRD_LEVEL; u++) {
      OrgId parent = seconds.get(u % SECOND_LEVEL);
      OrgId id = OrgId.of(parent.value() + "-" + u);
      thirds.add(id);
      orgs.add(Organisation.builder().id(id).parentId(parent).kind(OrgKind.PARTY_COMMITTEE).name("committee " + u)
          .build());
    }
    int branches = ORGANISATIONS - orgs.size();
    for (int b = 0; b < branches; b++) {
      OrgId parent = thirds.get(b % THIRD_LEVEL);
      orgs.add(Organisation.builder().id(OrgId.of(parent.value() + "-" + b)).parentId(parent)
          .kind(OrgKind.BRANCH).name("branch " + b).build());
    }
    secondLevelOf = new int[orgs.size()];
    for (int i = 0; i < ITEMS; i++) {
      int unit = random.nextInt(orgs.size());
      LocalDate original = LocalDate.of(2019, 6, 1).plusDays(random.nextInt(200));
      RectificationStatus status = RectificationStatus.values()[random.nextInt(RectificationStatus.values().length)];
      items.add(RectificationItem.builder().id(RectificationId.of(String.format("bj-item-%06d", i)))
          .title("整改事项 " + i).addMeasures("措施").responsibleUnit(orgs.get(unit).id())
          .kind(RectificationKind.TIME_BOUND).createdOn(LocalDate.of(2019, 6, 1))
          .deadline(Deadline.of(original)).status(status).build());
    }
    // districts 0-15 in the first batch, the bureaus in the second
    List<BatchAssignment> assignments = new ArrayList<>();
    for (int d = 0; d < SECOND_LEVEL; d++) {
      assignments.add(BatchAssignment.of(seconds.get(d), d < 16 ? first : second));
    }
    storage.inTransaction(tx -> {
      tx.organisations().saveAll(orgs);
      tx.campaigns().save(Campaign.builder().id(CampaignId.of("bj-2019"))
          .addBatches(Batch.builder().id(first).number(1)
              .window(DateWindow.ofClosed(LocalDate.of(2019, 5, 31), LocalDate.of(2019, 8, 31))).build())
          .addBatches(Batch.builder().id(second).number(2)
              .window(DateWindow.ofClosed(LocalDate.of(2019, 9, 1), LocalDate.of(2019, 11, 30))).build())
          .assignments(assignments).build(), ExpectedRevision.expectNew());
      tx.rectifications().saveAll(items);
      return null;
    });
  }

  private static boolean under(OrgId unit, String top) {
    return unit.value().equals(top) || unit.value().startsWith(top + "-");
  }

  @Test
  void everyImportedOrganisationAndItemIsCounted() {
    assertThat(storage.organisations().count(Query.all())).isEqualTo(ORGANISATIONS);
    assertThat(storage.rectifications().count(Query.all())).isEqualTo(ITEMS);
  }

  @Test
  void subtreeCountsEqualTheImportedTree() {
    for (String top : List.of("bj", "bj-3", "bj-17", "bj-3-26")) {
      long orgsUnder = orgs.stream().filter(o -> under(o.id(), top)).count();
      long itemsUnder = items.stream().filter(i -> under(i.responsibleUnit(), top)).count();
      Query q = Query.builder().subtree(OrgId.of(top)).build();
      assertThat(storage.organisations().count(q)).as("units under %s", top).isEqualTo(orgsUnder);
      assertThat(storage.rectifications().count(q)).as("items under %s", top).isEqualTo(itemsUnder);
    }
  }

  @Test
  void overdueAndStatusCountsEqualTheImportedItems() {
    long overdue = items.stream().filter(i -> i.effectiveDeadline().get().isBefore(AS_OF) && !i.status().isDone())
        .count();
    assertThat(storage.rectifications().count(Query.builder().overdueAsOf(AS_OF).build())).isEqualTo(overdue);
    long signedOff = items.stream().filter(i -> i.status() == RectificationStatus.SIGNED_OFF).count();
    assertThat(storage.rectifications().count(Query.builder().addStatuses(RectificationStatus.SIGNED_OFF).build()))
        .isEqualTo(signedOff);
  }

  @Test
  void batchCountsFollowTheAssignmentsOfTheSecondLevel() {
    long inFirst = items.stream().filter(i -> {
      String v = i.responsibleUnit().value();
      if (v.equals("bj")) {
        return false;
      }
      int d = Integer.parseInt(v.split("-")[1]);
      return d < 16;
    }).count();
    assertThat(storage.rectifications().count(Query.builder().batch(first).build())).isEqualTo(inFirst);
  }

  @Test
  void everyImportedItemHasItsCreationRecord() {
    RectificationItem any = items.get(ITEMS / 2);
    assertThat(storage.rectifications().history(any.id())).singleElement()
        .satisfies(r -> assertThat(r.summary()).contains(any.status().name()));
    assertThat(storage.rectifications().find(any.id())).map(v -> v.value()).contains(any);
  }

  @Test
  void pagingThroughADistrictReturnsEachItemOnce() {
    Query q = Query.builder().subtree(OrgId.of("bj-5")).limit(Query.MAX_LIMIT).build();
    List<String> seen = new ArrayList<>();
    Optional<io.github.chuxin.persistence.Cursor> next = Optional.empty();
    do {
      var page = storage.rectifications().query(next.map(q::continuedAfter).orElse(q));
      page.items().forEach(v -> seen.add(v.value().id().value()));
      next = page.next();
    } while (next.isPresent());
    assertThat(seen).doesNotHaveDuplicates().isSorted()
        .hasSize((int) items.stream().filter(i -> under(i.responsibleUnit(), "bj-5")).count());
  }
}
