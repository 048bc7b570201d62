package io.github.chuxin.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import io.github.chuxin.persistence.Storage;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;

/**
 * The kit catches broken storages: each deliberately broken variant fails the kit, in the group
 * that tests the promise it breaks, while the reference passes every test the same way.
 */
class BrokenStoragesFailTheKitTest {

  private static final Storage IGNORING_REVISIONS = BrokenStorages.ignoringRevisions(BrokenStorages.reference());
  private static final Storage LOSING_A_WRITE = BrokenStorages.losingAWriteInUnitsOfWork(BrokenStorages.reference());
  private static final Storage PAGING_WITH_A_DUPLICATE = BrokenStorages.pagingWithADuplicate(BrokenStorages.reference());
  private static final Storage LEAKING_ACROSS_SCOPES = BrokenStorages.leakingAcrossScopes(BrokenStorages.reference());
  private static final Storage LEAKING_BODIES_AND_MEETINGS =
      BrokenStorages.leakingAcrossScopes(BrokenStorages.reference(), "leadershipBodies");
  private static final Storage LEAKING_SCHEDULE =
      BrokenStorages.leakingAcrossScopes(BrokenStorages.reference(), "schedule");
  private static final Storage SWALLOWING_CYCLES = BrokenStorages.swallowingCycles(BrokenStorages.reference());
  private static final Storage UNBROKEN = BrokenStorages.wrap(BrokenStorages.reference(), new BrokenStorages.Breaker() {
  });

  static class IgnoringRevisions extends StorageContract {
    @Override
    protected Storage createStorage() {
      return IGNORING_REVISIONS;
    }
  }

  static class LosingAWriteInUnitsOfWork extends StorageContract {
    @Override
    protected Storage createStorage() {
      return LOSING_A_WRITE;
    }
  }

  static class PagingWithADuplicate extends StorageContract {
    @Override
    protected Storage createStorage() {
      return PAGING_WITH_A_DUPLICATE;
    }
  }

  static class LeakingAcrossScopes extends StorageContract {
    @Override
    protected Storage createStorage() {
      return LEAKING_ACROSS_SCOPES;
    }
  }

  static class LeakingBodiesAndMeetingsAcrossScopes extends StorageContract {
    @Override
    protected Storage createStorage() {
      return LEAKING_BODIES_AND_MEETINGS;
    }
  }

  static class LeakingScheduleAcrossScopes extends StorageContract {
    @Override
    protected Storage createStorage() {
      return LEAKING_SCHEDULE;
    }
  }

  static class SwallowingCycles extends StorageContract {
    @Override
    protected Storage createStorage() {
      return SWALLOWING_CYCLES;
    }
  }

  static class Unbroken extends StorageContract {
    @Override
    protected Storage createStorage() {
      return UNBROKEN;
    }
  }

  private static EngineExecutionResults run(Class<?> kit) {
    return EngineTestKit.engine("junit-jupiter").selectors(selectClass(kit)).execute();
  }

  private static List<String> failedGroups(EngineExecutionResults results) {
    return results.testEvents().failed().stream().map(Event::getTestDescriptor)
        .map(d -> d.getUniqueId().getSegments().stream().filter(s -> s.getType().equals("nested-class"))
            .map(s -> s.getValue()).findFirst().orElse("(top)"))
        .distinct().toList();
  }

  private static List<String> failedTests(EngineExecutionResults results) {
    return results.testEvents().failed().stream().map(Event::getTestDescriptor)
        .map(d -> d.getUniqueId().getSegments().stream()
            .filter(s -> s.getType().equals("method") || s.getType().equals("test-factory"))
            .map(s -> s.getValue()).findFirst().orElse("(none)"))
        .distinct().toList();
  }

  @Test
  void aStorageThatIgnoresRevisionsFailsTheConflictTests() {
    EngineExecutionResults results = run(IgnoringRevisions.class);
    assertThat(failedGroups(results)).contains("Conflicts");
    assertThat(failedTests(results)).contains("manyThreadsRetryingOnConflictLoseNoUpdateAndTheHistoryHoldsEachChangeOnce()",
        "aStaleWriteFailsNamingTheCurrentRevisionAndChangesNothing()");
  }

  @Test
  void aStorageThatLosesAWriteInAUnitOfWorkFailsTheUnitOfWorkTests() {
    EngineExecutionResults results = run(LosingAWriteInUnitsOfWork.class);
    assertThat(failedGroups(results)).containsExactly("UnitsOfWork");
  }

  @Test
  void aStorageThatPagesWithADuplicateFailsThePagingAndQueryTests() {
    EngineExecutionResults results = run(PagingWithADuplicate.class);
    assertThat(failedGroups(results)).contains("Paging", "Queries");
    assertThat(failedTests(results)).contains("pagingThroughThousandsOfItemsReturnsEachOnceInAscendingIdOrder()");
  }

  @Test
  void aStorageThatLeaksAcrossScopesFailsTheScopeTests() {
    EngineExecutionResults results = run(LeakingAcrossScopes.class);
    assertThat(failedGroups(results)).containsExactly("Scopes");
  }

  @Test
  void aStorageThatLeaksLeadershipBodiesAndTheirMeetingsAcrossScopesFailsTheScopeTests() {
    EngineExecutionResults results = run(LeakingBodiesAndMeetingsAcrossScopes.class);
    assertThat(failedGroups(results)).containsExactly("Scopes");
    assertThat(failedTests(results)).contains("aScopedStorageNeverSeesAnotherSubtreesData()",
        "meetingsAreReadAndHeldOnlyWithinTheScopeOfTheirBody()");
  }

  @Test
  void aStorageThatLeaksTheScheduleAcrossScopesFailsTheScopeTests() {
    EngineExecutionResults results = run(LeakingScheduleAcrossScopes.class);
    assertThat(failedGroups(results)).containsExactly("Scopes");
    assertThat(failedTests(results)).containsExactlyInAnyOrder("aScopedStorageNeverSeesAnotherSubtreesData()",
        "scopedReadsOfGeneratedCampaignsNeverReturnARecordOutsideTheScopesSubtree()");
  }

  @Test
  void aStorageThatReportsACycleAsAcceptedFailsTheTreeCycleTests() {
    EngineExecutionResults results = run(SwallowingCycles.class);
    // the units of work's fault property also fails when it draws a cycle as its fault
    assertThat(failedGroups(results)).contains("TreeCycles").isSubsetOf("TreeCycles", "UnitsOfWork");
    assertThat(failedTests(results)).contains(
        "placingAUnitUnderItsOwnChildOrDeeperDescendantIsRefusedAndWritesNothing()",
        "aBulkSaveWhoseListMakesACycleOfItsOwnIsRefusedAndStoresNothing()",
        "twoWritersMovingTwoUnitsUnderEachOtherAtOnceNeverBothSucceedNorStoreACycle()");
  }

  @Test
  void theReferenceBehindTheSameProxiesPassesTheWholeKit() {
    EngineExecutionResults results = run(Unbroken.class);
    assertThat(results.testEvents().failed().stream().map(e -> e.getTestDescriptor().getDisplayName()
        + ": " + e.getPayload().orElse(null)).toList()).isEmpty();
    assertThat(results.testEvents().succeeded().count()).isGreaterThan(40);
  }
}
