package io.github.chuxin.testkit.contract;

import static io.github.chuxin.testkit.contract.Pages.ids;
import static io.github.chuxin.testkit.contract.Pages.readAll;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.chuxin.campaign.Campaign;
import io.github.chuxin.guidance.GuidanceGroup;
import io.github.chuxin.leadership.ScheduleItem;
import io.github.chuxin.org.OrgId;
import io.github.chuxin.org.OrgKind;
import io.github.chuxin.org.Organisation;
import io.github.chuxin.persistence.AggregateStore;
import io.github.chuxin.persistence.Capability;
import io.github.chuxin.persistence.ExpectedRevision;
import io.github.chuxin.persistence.Page;
import io.github.chuxin.persistence.Query;
import io.github.chuxin.persistence.ScheduleItemKey;
import io.github.chuxin.persistence.Versioned;
import io.github.chuxin.problem.Problem;
import io.github.chuxin.rectification.RectificationItem;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Paging 分頁 (分页): keyset paging returns each item once, in ascending id (or key) order, whatever
 * the page size and whatever is written between pages, also without criteria (campaigns, guidance
 * groups); an empty answer is one empty page; a count ignores the limit and the cursor.
 *
 * <p>Runs as the nested group {@code "paging"} of {@link StorageContract}, against the storage
 * that the kit's subclass supplies; it is not extended on its own.
 */
public abstract class PagingContract extends ContractGroup {

  PagingContract(StorageContract contract) {
    super(contract);
  }

  @Test
  void pagingThroughThousandsOfItemsReturnsEachOnceInAscendingIdOrder() {
    requireCapability(Capability.KEYSET_PAGING);
    OrgId unit = storedRoot().id();
    List<RectificationItem> items = Stream.generate(() -> samples().item(unit, List.of())).limit(3_000).toList();
    Dataset.saveAll(storage(), storage().rectifications(), items);
    Query query = Query.builder().subtree(unit).limit(97).build();
    List<String> ids = ids(storage().rectifications(), readAll(storage().rectifications(), query));
    assertThat(ids).doesNotHaveDuplicates().hasSize(items.size())
        .containsExactlyInAnyOrderElementsOf(items.stream().map(r -> r.id().value()).toList());
    assertThat(ids).isSortedAccordingTo(String::compareTo);
    assertThat(storage().rectifications().count(query)).isEqualTo(items.size());
  }

  @Test
  void anyPageSizeYieldsTheSameSequence() {
    requireCapability(Capability.KEYSET_PAGING);
    OrgId unit = storedRoot().id();
    List<Problem> problems = Stream.generate(() -> samples().problem(unit, List.of())).limit(250).toList();
    Dataset.saveAll(storage(), storage().problems(), problems);
    List<String> expected = problems.stream().map(p -> p.id().value()).sorted().toList();
    qt().withExamples(40).withShrinkCycles(20).forAll(integers().between(1, 300)).checkAssert(limit -> {
      Query q = Query.builder().subtree(unit).limit(limit).build();
      assertThat(ids(storage().problems(), readAll(storage().problems(), q))).as("pages of " + limit)
          .isEqualTo(expected);
    });
  }

  @Test
  void writesBetweenPagesNeitherRepeatNorLoseItemsThatExistedThroughout() {
    requireCapability(Capability.KEYSET_PAGING);
    OrgId unit = storedRoot().id();
    List<RectificationItem> items = Stream.generate(() -> samples().item(unit, List.of())).limit(400).toList();
    Dataset.saveAll(storage(), storage().rectifications(), items);
    Query q = Query.builder().subtree(unit).limit(33).build();
    List<String> seen = new ArrayList<>();
    while (true) {
      Page<Versioned<RectificationItem>> page = storage().rectifications().query(q);
      for (Versioned<RectificationItem> v : page.items()) {
        seen.add(v.value().id().value());
        // update what was read and insert new items between pages
        storage().rectifications().save(RectificationItem.builder().from(v.value()).progress("read").build(),
            ExpectedRevision.of(v));
      }
      storage().rectifications().save(samples().item(unit, List.of()), ExpectedRevision.expectNew());
      if (page.next().isEmpty()) {
        break;
      }
      q = q.continuedAfter(page.next().get());
    }
    assertThat(seen).doesNotHaveDuplicates()
        .containsAll(items.stream().map(r -> r.id().value()).toList())
        .isSortedAccordingTo(String::compareTo);
  }

  @Test
  void pagingThroughScheduleItemsReturnsEachOnceInAscendingKeyOrderWhateverThePageSize() {
    requireCapability(Capability.KEYSET_PAGING);
    Organisation root = storedRoot();
    // units whose ids sort around the key's separators, so that key order is really tested
    List<Organisation> units = new ArrayList<>(List.of(root));
    for (String suffix : List.of("/", "/a", "-", "0", "a/b", "\u00e9")) {
      Organisation o = Organisation.builder().from(samples().organisation(Optional.of(root.id()), OrgKind.BRANCH))
          .id(OrgId.of(root.id().value() + suffix)).build();
      storage().organisations().save(o, ExpectedRevision.expectNew());
      units.add(o);
    }
    List<ScheduleItem> items = Stream.generate(() -> samples().scheduleItem(samples().pick(units).id())).limit(400)
        .toList();
    Dataset.saveAll(storage(), storage().schedule(), items);
    List<String> expected = items.stream().map(i -> ScheduleItemKey.of(i).value()).sorted().toList();
    qt().withExamples(25).withShrinkCycles(10).forAll(integers().between(1, 450)).checkAssert(limit -> {
      Query q = Query.builder().subtree(root.id()).limit(limit).build();
      assertThat(ids(storage().schedule(), readAll(storage().schedule(), q))).as("pages of " + limit)
          .isEqualTo(expected);
    });
    assertThat(storage().schedule().count(Query.builder().subtree(root.id()).build())).isEqualTo(items.size());
  }

  @Test
  void anEmptyAnswerIsOneEmptyPageWithoutCursor() {
    OrgId unit = storedRoot().id();
    Page<Versioned<Problem>> page = storage().problems().query(Query.builder().subtree(unit).build());
    assertThat(page.items()).isEmpty();
    assertThat(page.next()).isEmpty();
  }

  @Test
  void aCountIgnoresTheLimitAndTheCursor() {
    OrgId unit = storedRoot().id();
    List<Problem> problems = Stream.generate(() -> samples().problem(unit, List.of())).limit(30).toList();
    Dataset.saveAll(storage(), storage().problems(), problems);
    Promise promise = Promise.of("AggregateStore.count(query)", "counts every match over all pages: the limit and"
        + " the cursor are ignored");
    for (int limit : List.of(1, 7, 30, 100)) {
      Query q = Query.builder().subtree(unit).limit(limit).build();
      promise.about("limit " + limit).equal((long) problems.size(), storage().problems().count(q));
      Page<Versioned<Problem>> first = storage().problems().query(q);
      if (first.next().isPresent()) {
        promise.about("limit " + limit + ", after the first page").equal((long) problems.size(),
            storage().problems().count(q.continuedAfter(first.next().get())));
      }
    }
  }

  @Test
  void campaignsAndGuidanceGroupsPageWithoutCriteriaEachOnceInAscendingIdOrder() {
    List<Campaign> campaigns = Stream.generate(samples()::campaign).limit(12).toList();
    List<GuidanceGroup> groups = Stream.generate(samples()::guidanceGroup).limit(12).toList();
    campaigns.forEach(c -> storage().campaigns().save(c, ExpectedRevision.expectNew()));
    groups.forEach(g -> storage().guidance().save(g, ExpectedRevision.expectNew()));
    for (int limit : List.of(1, 5, 1000)) {
      checkPagedWithoutCriteria(storage().campaigns(), campaigns.stream().map(c -> c.id().value()).toList(), limit);
      checkPagedWithoutCriteria(storage().guidance(), groups.stream().map(g -> g.id().value()).toList(), limit);
    }
  }

  private <T> void checkPagedWithoutCriteria(AggregateStore<?, T> store, List<String> saved, int limit) {
    List<String> ids = ids(store, readAll(store, Query.builder().limit(limit).build()));
    Promise promise = Promise.of("AggregateStore.query(query)", "id-ordered paging without criteria: every"
        + " aggregate once, in ascending id order").about(store.kind() + ", pages of " + limit);
    promise.equal(ids.stream().sorted().distinct().toList(), ids);
    promise.holds(ids.containsAll(saved), "an answer holding every one of " + saved, ids);
    Promise.of("AggregateStore.count(query)", "counts what the query answers over all pages")
        .about(store.kind()).equal((long) ids.size(), store.count(Query.builder().limit(limit).build()));
  }
}
