package io.github.chuxin.testkit.contract;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.chuxin.org.OrgKind;
import io.github.chuxin.org.Organisation;
import io.github.chuxin.persistence.Capability;
import io.github.chuxin.persistence.ExpectedRevision;
import io.github.chuxin.persistence.Storage;
import java.util.Optional;

/**
 * What every group of the kit reaches through the {@link StorageContract} that runs it: the
 * storage and the fresh samples of the current test, the kit's report, and the steps most tests
 * begin with (a stored root unit, a stored dataset, a required capability).
 *
 * <p>Each group runs as an inner ({@code @Nested}) class of {@code StorageContract}, which hands
 * itself to the group's package-private constructor; JUnit prepares the kit (its
 * {@code @BeforeEach}) before each of the group's tests, and the group reads the kit's state only
 * through these methods, while a test runs.
 */
abstract class ContractGroup {

  private final StorageContract contract;

  ContractGroup(StorageContract contract) {
    this.contract = contract;
  }

  /** The kit that runs this group, for what only it can do (create another storage). */
  final StorageContract contract() {
    return contract;
  }

  /** The storage of the current test. */
  final Storage storage() {
    return contract.storage();
  }

  /** The current test's fresh ids and sample aggregates. */
  final Samples samples() {
    return contract.samples();
  }

  /** Prints a figure of a test through the kit's {@link StorageContract#report}. */
  final void report(String format, Object... args) {
    contract.report(format, args);
  }

  /** Skips the current test unless the storage declares the capability. */
  final void requireCapability(Capability capability) {
    assumeTrue(storage().supports(capability), "the storage does not declare " + capability);
  }

  /** Stores a new root unit (a municipal committee) for the current test, and returns it. */
  final Organisation storedRoot() {
    Organisation root = samples().organisation(Optional.empty(), OrgKind.MUNICIPAL_COMMITTEE);
    storage().organisations().save(root, ExpectedRevision.expectNew());
    return root;
  }

  /** Stores a new dataset of the given numbers of items and other aggregates, and returns it. */
  final Dataset storedDataset(int items, int others) {
    Dataset data = samples().dataset(items, others);
    data.storeInto(storage());
    return data;
  }
}
