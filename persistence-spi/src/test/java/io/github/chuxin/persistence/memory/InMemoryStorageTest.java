package io.github.chuxin.persistence.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.chuxin.org.OrgId;
import io.github.chuxin.org.OrgKind;
import io.github.chuxin.org.Organisation;
import io.github.chuxin.persistence.AggregateType;
import io.github.chuxin.persistence.Capability;
import io.github.chuxin.persistence.Cursor;
import io.github.chuxin.persistence.ExpectedRevision;
import io.github.chuxin.persistence.Query;
import io.github.chuxin.persistence.Revision;
import io.github.chuxin.persistence.Storage;
import io.github.chuxin.persistence.TreeCycleException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** What the in-memory store promises beyond the contract kit (which runs in the testkit module). */
class InMemoryStorageTest {

  private final InMemoryStorage storage =
      InMemoryStorage.create(Clock.fixed(Instant.parse("2019-07-01T00:00:00Z"), ZoneOffset.UTC));

  private static Organisation org(String id) {
    return Organisation.builder().id(OrgId.of(id)).kind(OrgKind.DISTRICT).name(id).build();
  }

  @Test
  void theReferenceDeclaresEveryCapability() {
    assertThat(storage.capabilities()).containsExactlyInAnyOrder(Capability.values());
  }

  @Test
  void anotherThreadSeesNoWriteOfAnOpenUnitOfWork() throws Exception {
    storage.inTransaction(tx -> {
      tx.organisations().save(org("a"), ExpectedRevision.expectNew());
      boolean seenOutside;
      try {
        seenOutside = CompletableFuture.supplyAsync(() -> storage.organisations().find(OrgId.of("a")).isPresent())
            .get(10, TimeUnit.SECONDS);
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
      assertThat(seenOutside).isFalse();
      return null;
    });
    assertThat(storage.organisations().find(OrgId.of("a"))).isPresent();
  }

  @Test
  void writingThroughTheOuterStorageInsideAUnitOfWorkIsRefused() {
    assertThatThrownBy(() -> storage.inTransaction(tx ->
        storage.organisations().save(org("b"), ExpectedRevision.expectNew())))
        .isInstanceOf(IllegalStateException.class);
    assertThat(storage.organisations().find(OrgId.of("b"))).isEmpty();
  }

  @Test
  void theStorageOfAnEndedUnitOfWorkCannotBeUsed() {
    Storage leaked = storage.inTransaction(tx -> tx);
    assertThatThrownBy(() -> leaked.organisations().find(OrgId.of("a"))).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void everyKindsStoreIsReachedThroughItsDescriptorAsThroughItsGetter() {
    for (AggregateType<?, ?> type : AggregateType.ALL) {
      assertThat(storage.store(type).kind()).isEqualTo(type.kind());
      assertThat(storage.store(type).getClass()).isEqualTo(type.namedStoreIn(storage).orElseThrow().getClass());
    }
    storage.store(AggregateType.ORGANISATION).save(org("top"), ExpectedRevision.expectNew());
    Organisation below = Organisation.builder().from(org("below")).parentId(OrgId.of("top")).build();
    storage.store(AggregateType.ORGANISATION).save(below, ExpectedRevision.expectNew());
    assertThat(storage.organisations().find(OrgId.of("below"))).isPresent();
    assertThatThrownBy(() -> storage.store(AggregateType.ORGANISATION).save(
        Organisation.builder().from(org("top")).parentId(OrgId.of("below")).build(), ExpectedRevision.of(Revision.first())))
        .isInstanceOf(TreeCycleException.class);
  }

  @Test
  void aForeignCursorIsRefused() {
    Query q = Query.builder().after(Cursor.of("jdbc:42")).build();
    assertThatThrownBy(() -> storage.organisations().query(q)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void noClassOfThePersistenceModuleReadsTheSystemClockZoneOrLocale() throws IOException {
    List<String> banned = List.of("now(", "systemDefault", "Locale.getDefault", "currentTimeMillis");
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      List<String> offenders = files.filter(p -> p.toString().endsWith(".java")).filter(p -> {
        try {
          String text = Files.readString(p);
          return banned.stream().anyMatch(text::contains);
        } catch (IOException e) {
          throw new IllegalStateException(e);
        }
      }).map(Path::toString).toList();
      assertThat(offenders).isEmpty();
    }
  }
}
