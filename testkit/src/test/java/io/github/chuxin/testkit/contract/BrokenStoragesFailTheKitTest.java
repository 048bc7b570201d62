package io.github.chuxin.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectNestedClass;

import io.github.chuxin.persistence.Storage;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;

/**
 * The kit catches broken storages: each deliberately broken storage ({@link BrokenStorages}, the
 * reference behind a {@code ForwardingStorage} that breaks one promise of the SPI) fails the kit in
 * the group and the test that check the promise it breaks, with a message naming the promise, while
 * the reference behind the same forwarding storage passes every test.
 */
class BrokenStoragesFailTheKitTest {

  /** The storage the next run of the kit tests; the runs follow one another. */
  private static volatile Function<Clock, Storage> current;

  /** The kit, over whatever storage {@link #current} makes (a fresh one for each test). */
  static class Kit extends StorageContract {
    @Override
    protected Storage createStorage(Clock clock) {
      return current.apply(clock);
    }
  }

  /** A broken storage, the group that must fail and tests among those that must. */
  private record Breakage(String name, Function<Clock, Storage> storage, String group, List<String> tests) {
    static Breakage of(String name, Function<Clock, Storage> storage, String group, String... tests) {
      return new Breakage(name, storage, group, List.of(tests));
    }
  }

  private static List<Breakage> breakages() {
    return List.of(
        Breakage.of("ignores revisions", BrokenStorages::ignoringRevisions, "Conflicts",
            "aStaleWriteFailsNamingTheCurrentRevisionAndChangesNothing()",
            "manyThreadsRetryingOnConflictLoseNoUpdateAndTheHistoryHoldsEachChangeOnce()"),
        Breakage.of("(checked by AssertJ) loses a write in a unit of work", BrokenStorages::losingAWriteInUnitsOfWork, "UnitsOfWork",
            "everyWriteOfACommittedUnitOfWorkIsStored()"),
        Breakage.of("(checked by AssertJ) reports a cycle as accepted", BrokenStorages::swallowingCycles, "TreeCycles",
            "placingAUnitUnderItsOwnChildOrDeeperDescendantIsRefusedAndWritesNothing()",
            "aBulkSaveWhoseListMakesACycleOfItsOwnIsRefusedAndStoresNothing()"),
        Breakage.of("(checked by AssertJ) pages with a duplicate", BrokenStorages::pagingWithADuplicate, "Paging",
            "pagingThroughThousandsOfItemsReturnsEachOnceInAscendingIdOrder()"),
        Breakage.of("(checked by AssertJ) leaks problems across scopes", c -> BrokenStorages.leakingAcrossScopes(c, "problems"), "Scopes",
            "aScopedStorageNeverSeesAnotherSubtreesData()"),
        Breakage.of("(checked by AssertJ) leaks bodies and meetings across scopes",
            c -> BrokenStorages.leakingAcrossScopes(c, "leadershipBodies"), "Scopes",
            "aScopedStorageNeverSeesAnotherSubtreesData()", "meetingsAreReadAndHeldOnlyWithinTheScopeOfTheirBody()"),
        Breakage.of("(checked by AssertJ) leaks the schedule across scopes", c -> BrokenStorages.leakingAcrossScopes(c, "schedule"),
            "Scopes", "aScopedStorageNeverSeesAnotherSubtreesData()"),
        Breakage.of("alters an item's text on write, and reads back what it altered",
            BrokenStorages::alteringItemTextOnWrite, "HostileTexts",
            "hostileTextInEveryFreeTextFieldRoundTripsUnchangedThroughSaveFindQueryAndHistory()",
            "hostileTextInEveryFreeTextFieldRoundTripsUnchangedThroughABulkSave()"),
        Breakage.of("alters text in bulk saves only", BrokenStorages::alteringTextInBulkSaves, "HostileTexts",
            "hostileTextInEveryFreeTextFieldRoundTripsUnchangedThroughABulkSave()"),
        Breakage.of("narrows a campaign's labels", BrokenStorages::narrowingCampaignLabels, "HostileTexts",
            "hostileTextInEveryFreeTextFieldRoundTripsUnchangedThroughSaveFindQueryAndHistory()"),
        Breakage.of("answers store(type) with another store", BrokenStorages::storeOfAKindThatIsNotItsNamedGetters,
            "RoundTrips", "theStoreOfAKindIsTheStoreOfItsNamedGetter()"),
        Breakage.of("names the last stored id of a bulk conflict", BrokenStorages::bulkConflictNamingTheLastStoredId,
            "RoundTrips", "aBulkSaveWithExistingAggregatesStoresNothingAndNamesTheFirstOfThem()"),
        Breakage.of("takes history times from the system clock", BrokenStorages::historyOnTheSystemClock, "History",
            "everyWriteAppendsOneRecordNamingActorRevisionTimeAndChange()", "theHistorysTimesComeFromTheStoragesClock()"),
        Breakage.of("orders the history by the revision's text", BrokenStorages::historyInTextOrder, "History",
            "recordsComeOldestFirstOnePerRevisionPastTen()"),
        Breakage.of("records nothing for a write that changes nothing",
            BrokenStorages::noRecordOfAWriteThatChangesNothing, "History",
            "aWriteThatChangesNothingStillAppendsARecordAndARevision()"),
        Breakage.of("names only the first changed field", BrokenStorages::summaryNamingOnlyTheFirstChangedField,
            "History", "theSummaryNamesEveryChangedFieldWhateverTheFieldsChanged()"),
        Breakage.of("hands out a mutable history", BrokenStorages::mutableHistory, "History",
            "theHistoryReadIsUnmodifiableAndCannotChangeTheStoredHistory()"),
        Breakage.of("accepts a blank actor", BrokenStorages::acceptingABlankActor, "History",
            "aBlankActorIsRefusedAndNothingIsWritten()"),
        Breakage.of("counts at most the limit", BrokenStorages::countHonouringTheLimit, "Paging",
            "aCountIgnoresTheLimitAndTheCursor()"),
        Breakage.of("counts from the cursor", BrokenStorages::countHonouringTheCursor, "Paging",
            "aCountIgnoresTheLimitAndTheCursor()"),
        Breakage.of("ignores a criterion it does not answer", BrokenStorages::ignoringAnUnansweredCriterion, "Queries",
            "aCriterionAStoreDoesNotAnswerIsRefused()"),
        Breakage.of("writes guidance groups through a scope", BrokenStorages::writingGuidanceGroupsThroughAScope,
            "Scopes", "sharedReferenceDataIsReadThroughEveryScopeButWrittenThroughNone()"),
        Breakage.of("hides campaigns from scopes", BrokenStorages::hidingCampaignsFromScopes, "Scopes",
            "sharedReferenceDataIsReadThroughEveryScopeButWrittenThroughNone()"),
        Breakage.of("claims a scope when unscoped", BrokenStorages::unscopedClaimingAScope, "Scopes",
            "anUnscopedStorageHasNoScopeAndAScopedOneNamesItsRoot()"),
        Breakage.of("hands out mutable meetings", BrokenStorages::mutableMeetings, "RoundTrips",
            "meetingsReadBackOncePerBodyInTheOrderAddedInAnUnmodifiableList()"),
        Breakage.of("hands out mutable assignments", BrokenStorages::mutableAssignments, "RoundTrips",
            "guidanceAssignmentsAndFiveMustRecordsReadBackOnceEachInTheOrderAddedInUnmodifiableLists()"),
        Breakage.of("hands out mutable five-musts records", BrokenStorages::mutableRecords, "RoundTrips",
            "guidanceAssignmentsAndFiveMustRecordsReadBackOnceEachInTheOrderAddedInUnmodifiableLists()"),
        Breakage.of("reads assignments back by unit", BrokenStorages::assignmentsByUnit, "RoundTrips",
            "guidanceAssignmentsAndFiveMustRecordsReadBackOnceEachInTheOrderAddedInUnmodifiableLists()"));
  }

  /** Runs the whole kit against a storage. */
  private static EngineExecutionResults run(Function<Clock, Storage> storage) {
    current = storage;
    return EngineTestKit.engine("junit-jupiter").selectors(selectClass(Kit.class)).execute();
  }

  /** Runs one group of the kit (the nested class of that simple name) against a storage: enough to fail it. */
  private static EngineExecutionResults run(Function<Clock, Storage> storage, String group) {
    current = storage;
    try {
      Class<?> nested = Class.forName(StorageContract.class.getName() + "$" + group);
      return EngineTestKit.engine("junit-jupiter").selectors(selectNestedClass(List.of(Kit.class), nested)).execute();
    } catch (ClassNotFoundException e) {
      throw new AssertionError("the kit has no group " + group, e);
    }
  }

  private static String segment(Event e, String... types) {
    return e.getTestDescriptor().getUniqueId().getSegments().stream()
        .filter(s -> List.of(types).contains(s.getType())).map(s -> s.getValue()).findFirst().orElse("(none)");
  }

  private static List<String> failedGroups(EngineExecutionResults results) {
    return results.testEvents().failed().stream().map(e -> segment(e, "nested-class")).distinct().toList();
  }

  private static List<String> failedTests(EngineExecutionResults results) {
    return results.testEvents().failed().stream().map(e -> segment(e, "method", "test-factory")).distinct().toList();
  }

  private static List<Throwable> failures(EngineExecutionResults results) {
    return results.testEvents().failed().stream().map(e -> e.getPayload(TestExecutionResult.class))
        .flatMap(Optional::stream).map(TestExecutionResult::getThrowable).flatMap(Optional::stream).toList();
  }

  @TestFactory
  Stream<DynamicTest> everyBrokenStorageFailsTheKitWhereItBreaksItsPromise() {
    return breakages().stream().map(b -> DynamicTest.dynamicTest(b.name(), () -> {
      EngineExecutionResults results = run(b.storage(), b.group());
      assertThat(failedGroups(results)).as("the groups failed by a storage that %s", b.name()).contains(b.group());
      assertThat(failedTests(results)).as("the tests failed by a storage that %s", b.name())
          .containsAll(b.tests());
      List<String> promises = failures(results).stream().filter(AssertionError.class::isInstance)
          .map(Throwable::getMessage).filter(m -> m != null && m.startsWith("storage contract: ")).toList();
      for (String message : promises) {
        assertThat(message).as("a failure of a storage that %s", b.name())
            .contains("\n  SPI method: ", "\n  expected:   ", "\n  actual:     ");
        assertThat(message.lines().count()).as("lines of %s", message).isLessThanOrEqualTo(6);
        assertThat(message.length()).as("length of %s", message).isLessThan(1_200);
      }
      if (!b.name().startsWith("(")) {
        assertThat(promises).as("failures of a storage that %s naming the promise it breaks", b.name()).isNotEmpty();
      }
    }));
  }

  @Test
  void aMessageShowsBothValuesAroundTheirFirstDifferenceWithControlCharactersEscaped() {
    String longText = "x".repeat(5_000);
    AssertionError e = Promise.of("AggregateStore.find(id)", "returns what the caller saved")
        .failure(longText + "a\u0000b" + longText, longText + "ab" + longText);
    assertThat(e.getMessage()).contains("storage contract: returns what the caller saved",
        "SPI method: AggregateStore.find(id)", "xa\\u0000b", "xab").hasSizeLessThan(600);
    AssertionError lists = Promise.of("GuidanceStore.records(group)", "in the order added")
        .failure(List.of("a", "b", "c"), List.of("a", "c", "b"));
    assertThat(lists.getMessage()).contains("a list of 3, at index 1: b", "a list of 3, at index 1: c");
  }

  @Test
  void theReferenceBehindTheSameForwardingStoragePassesTheWholeKit() {
    EngineExecutionResults results = run(BrokenStorages::unbroken);
    assertThat(results.testEvents().failed().stream().map(e -> e.getTestDescriptor().getDisplayName()
        + ": " + e.getPayload().orElse(null)).toList()).isEmpty();
    assertThat(results.testEvents().succeeded().count()).isGreaterThan(150);
  }
}
