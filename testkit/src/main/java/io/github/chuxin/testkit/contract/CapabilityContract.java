package io.github.chuxin.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.chuxin.org.OrgId;
import io.github.chuxin.persistence.Capability;
import io.github.chuxin.persistence.Query;
import io.github.chuxin.persistence.Storage;
import io.github.chuxin.persistence.UnsupportedCapabilityException;
import io.github.chuxin.rectification.RectificationStatus;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Capabilities 能力: the declared capabilities are an unmodifiable set, stable and agree with
 * {@link Storage#supports}; a call that needs a capability the storage
 * does not declare is refused with an {@link UnsupportedCapabilityException}.
 *
 * <p>Runs as the nested group {@code "capabilities"} of {@link StorageContract}, against the storage
 * that the kit's subclass supplies; it is not extended on its own.
 */
public abstract class CapabilityContract extends ContractGroup {

  CapabilityContract(StorageContract contract) {
    super(contract);
  }

  @TestFactory
  Stream<DynamicTest> anUndeclaredCapabilityIsRefusedWithATypedException() {
    return Stream.of(Capability.values()).map(c -> DynamicTest.dynamicTest(c.name(), () -> {
      assumeTrue(!storage().supports(c), "declared; its own group tests it");
      Throwable thrown = switch (c) {
        case TRANSACTIONS -> catchThrowable(() -> storage().inTransaction(tx -> null));
        case SCOPED_READS -> catchThrowable(() -> storage().scopedTo(storedRoot().id()));
        case BULK_SAVE -> catchThrowable(() -> storage().problems().saveAll(List.of()));
        case CHANGE_HISTORY -> catchThrowable(() -> storage().rectifications().history(
            samples().item(OrgId.of(samples().fresh("org")), List.of()).id()));
        case SUBTREE_QUERIES -> catchThrowable(() -> storage().problems().query(
            Query.builder().subtree(OrgId.of(samples().fresh("org"))).build()));
        case FILTERED_QUERIES -> catchThrowable(() -> storage().rectifications().count(
            Query.builder().addStatuses(RectificationStatus.PLANNED).build()));
        case KEYSET_PAGING -> null;
      };
      if (c != Capability.KEYSET_PAGING) {
        assertThat(thrown).isInstanceOfSatisfying(UnsupportedCapabilityException.class,
            e -> assertThat(e.capability()).isEqualTo(c));
      }
    }));
  }

  @Test
  void theDeclaredCapabilitiesAreStableAndAgreeWithSupports() {
    Set<Capability> declared = EnumSet.noneOf(Capability.class);
    declared.addAll(storage().capabilities());
    assertThat(contract().newStorage().capabilities()).isEqualTo(declared);
    for (Capability c : Capability.values()) {
      assertThat(storage().supports(c)).as(c.name()).isEqualTo(declared.contains(c));
    }
    if (storage().supports(Capability.SCOPED_READS)) {
      assertThat(storage().scopedTo(storedRoot().id()).capabilities()).isEqualTo(declared);
    }
  }

  @Test
  void theDeclaredCapabilitiesAreAnUnmodifiableSet() {
    Set<Capability> declared = storage().capabilities();
    Set<Capability> before = Set.copyOf(declared);
    Promise promise = Promise.of("Storage.capabilities()", "returns an unmodifiable set");
    for (Capability c : Capability.values()) {
      promise.about("remove or add " + c).thrown(UnsupportedOperationException.class,
          () -> {
            if (!(before.contains(c) ? declared.remove(c) : declared.add(c))) {
              throw new UnsupportedOperationException("neither added nor removed");
            }
          });
    }
    promise.equal(before, Set.copyOf(storage().capabilities()));
  }
}
