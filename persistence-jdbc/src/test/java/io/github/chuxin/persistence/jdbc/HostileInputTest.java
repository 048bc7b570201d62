package io.github.chuxin.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.chuxin.campaign.BatchId;
import io.github.chuxin.org.LeaderId;
import io.github.chuxin.org.OrgId;
import io.github.chuxin.org.OrgKind;
import io.github.chuxin.org.Organisation;
import io.github.chuxin.persistence.ExpectedRevision;
import io.github.chuxin.persistence.Page;
import io.github.chuxin.persistence.Query;
import io.github.chuxin.persistence.Versioned;
import io.github.chuxin.rectification.RectificationId;
import io.github.chuxin.rectification.RectificationItem;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hostile input on both databases: ids that look like SQL used as keys and as query criteria find
 * nothing or exactly the right thing and drop nothing, and no statement the adapter sends contains
 * any of the input (every statement text is recorded and searched for a marker that every hostile
 * value carries). Free text with U+0000 and U+FFFF, which PostgreSQL {@code text} cannot hold or
 * which the adapter uses as its escape, comes back unchanged from the change history.
 */
class HostileInputTest {

  private static final String MARK = "ZQX";
  private static final List<String> HOSTILE = List.of(
      MARK + "'; DROP TABLE chuxin_organisation; --",
      MARK + "' OR '1'='1",
      MARK + "\"; DELETE FROM chuxin_rectification_item; /*",
      MARK + "*/ UNION SELECT id, revision, payload FROM chuxin_leader --",
      MARK + ") OR 1=1 --",
      MARK + "%_\\~/?$1:name",
      MARK + "\u202Eevil\u202C 𠀀𪜀𫝀𫠠𬺰𰀀𱍐 😀");

  /** Text the history's actor column must return as given. */
  private static final List<String> NASTY_TEXT = List.of(
      "nul\u0000inside", "\u0000", "\u0000\u0000lead", "trail\u0000", "\uFFFF", "\uFFFF0", "\uFFFF\uFFFF",
      "\uFFFF\u0000\uFFFF0", "a\uFFFFb", "x'; DROP TABLE chuxin_rectification_change; --\u0000",
      "\u200F\u202Eמשתמש\u202C", "𠀀𪜀𫝀𫠠𬺰𰀀𱍐", "😀 -- /* */ ;");

  @ParameterizedTest
  @ValueSource(strings = {"H2", "PostgreSQL"})
  void hostileIdsAsKeysAndCriteriaFindOnlyTheRightRowsDropNothingAndNeverReachTheStatementText(String database) {
    Recording ds = new Recording(database.equals("H2") ? Databases.freshH2() : Databases.freshPostgres());
    JdbcStorage storage = Databases.migrated(ds);
    ds.recording = true;

    OrgId root = OrgId.of(MARK + "root'--");
    List<Organisation> units = new ArrayList<>();
    units.add(Organisation.builder().id(root).kind(OrgKind.MUNICIPAL_COMMITTEE).name(HOSTILE.get(0)).build());
    for (String h : HOSTILE) {
      units.add(Organisation.builder().id(OrgId.of(h)).parentId(root).kind(OrgKind.BRANCH).name(h).build());
    }
    storage.organisations().saveAll(units);
    List<RectificationItem> items = new ArrayList<>();
    for (String h : HOSTILE) {
      RectificationItem item = RectificationItem.builder().from(SchemaAndHistoryTest.fullItem(h + "-item"))
          .responsibleUnit(OrgId.of(h)).leadLeader(LeaderId.of(h)).title(h).progress(h).build();
      Versioned<RectificationItem> saved = storage.rectifications().save(item, ExpectedRevision.expectNew(), h);
      storage.rectifications().save(RectificationItem.builder().from(item).progress(h + h).build(),
          ExpectedRevision.of(saved), h);
      items.add(item);
    }

    int criteria = 0;
    for (String h : HOSTILE) {
      // as keys: exactly the row of that id
      assertThat(storage.organisations().find(OrgId.of(h)).map(v -> v.value().name())).contains(h);
      assertThat(storage.rectifications().find(RectificationId.of(h + "-item")).map(v -> v.value().title()))
          .contains(h);
      assertThat(storage.rectifications().history(RectificationId.of(h + "-item")))
          .extracting(r -> r.actor()).containsExactly(h, h);
      // as criteria: exactly the rows that carry that value
      assertThat(ids(storage.rectifications().query(Query.builder().leadLeader(LeaderId.of(h)).build())))
          .containsExactly(h + "-item");
      assertThat(storage.rectifications().count(Query.builder().subtree(OrgId.of(h)).build())).isEqualTo(1);
      // near misses that would match if the text were spliced into SQL
      assertThat(storage.organisations().find(OrgId.of(h + "' OR '1'='1"))).isEmpty();
      assertThat(storage.rectifications().count(Query.builder().leadLeader(LeaderId.of(h + "' OR ''='")).build()))
          .isZero();
      assertThat(storage.rectifications().count(Query.builder().subtree(OrgId.of(MARK + "x' OR 1=1 --")).build()))
          .isZero();
      assertThat(storage.problems().count(Query.builder().batch(BatchId.of(h)).build())).isZero();
      criteria += 9;
    }
    assertThat(storage.organisations().count(Query.builder().subtree(root).build())).isEqualTo(HOSTILE.size() + 1);
    // paging by cursor over hostile ids
    List<String> paged = new ArrayList<>();
    Query q = Query.builder().subtree(root).limit(2).build();
    Page<Versioned<Organisation>> page = storage.organisations().query(q);
    while (true) {
      page.items().forEach(v -> paged.add(v.value().id().value()));
      if (page.next().isEmpty()) {
        break;
      }
      page = storage.organisations().query(Query.builder().from(q).after(page.next()).build());
    }
    assertThat(paged).hasSize(HOSTILE.size() + 1).isSorted();

    ds.recording = false;
    // nothing was dropped or emptied
    assertThat(tableCount(ds, "chuxin_organisation")).isEqualTo(HOSTILE.size() + 1);
    assertThat(tableCount(ds, "chuxin_rectification_item")).isEqualTo(HOSTILE.size());
    assertThat(tableCount(ds, "chuxin_rectification_change")).isEqualTo(2L * HOSTILE.size());
    assertThat(tableCount(ds, "chuxin_leader")).isZero();
    List<String> statements = List.copyOf(ds.statements);
    assertThat(statements).hasSizeGreaterThan(100);
    assertThat(statements).noneMatch(s -> s.contains(MARK));
    assertThat(ds.unprepared).isZero();
    Figures.report("[HostileInputTest] " + database + ": " + HOSTILE.size() + " hostile ids stored as keys, "
        + criteria + " lookups and queries with hostile keys and criteria, " + statements.size() + " statements recorded, "
        + statements.stream().distinct().count() + " distinct texts, none holds input; tables intact");
  }

  private static List<String> ids(Page<Versioned<RectificationItem>> page) {
    return page.items().stream().map(v -> v.value().id().value()).collect(Collectors.toList());
  }

  private static long tableCount(DataSource ds, String table) {
    // the table name is a constant of this test
    try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM " + table);
        ResultSet rs = ps.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"H2", "PostgreSQL"})
  void aBulkSaveRefusedAfterItsFirstBatchLeavesNothingEvenIfTheUnitOfWorkCatchesTheRefusal(String database) {
    JdbcStorage storage = Databases.migrated(database.equals("H2") ? Databases.freshH2() : Databases.freshPostgres());
    List<RectificationItem> items = new ArrayList<>();
    for (int i = 0; i < 2500; i++) {
      RectificationItem item = SchemaAndHistoryTest.fullItem("late-" + i);
      // an unpaired surrogate in the third batch: the first two batches have been sent by then
      items.add(i == 2200 ? RectificationItem.builder().from(item).title("cut pair \uD83D here").build() : item);
    }
    Throwable t = org.assertj.core.api.Assertions.catchThrowable(() -> storage.inTransaction(tx -> {
      org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
          .isThrownBy(() -> tx.rectifications().saveAll(items)).withMessageContaining("unpaired surrogate U+D83D");
      return "the work goes on as if nothing happened";
    }));
    assertThat(t).isInstanceOf(JdbcStorageException.class);
    assertThat(((io.github.chuxin.persistence.StorageFailureException) t).outcome())
        .isEqualTo(io.github.chuxin.persistence.StorageFailureException.Outcome.NOT_APPLIED);
    for (int i : new int[] {0, 999, 1000, 1999, 2199, 2499}) {
      assertThat(storage.rectifications().find(items.get(i).id())).as("item %s", i).isEmpty();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"H2", "PostgreSQL"})
  void freeTextWithNulAndTheEscapeCharacterComesBackFromTheHistoryUnchanged(String database) {
    JdbcStorage storage = Databases.migrated(database.equals("H2") ? Databases.freshH2() : Databases.freshPostgres());
    int n = 0;
    for (String text : NASTY_TEXT) {
      RectificationItem item = RectificationItem.builder().from(SchemaAndHistoryTest.fullItem("nul-" + n++))
          .title(text.isBlank() ? "t" + text : text).progress(text).build();
      storage.rectifications().save(item, ExpectedRevision.expectNew(), text);
      assertThat(storage.rectifications().find(item.id()).map(Versioned::value)).contains(item);
      assertThat(storage.rectifications().history(item.id())).singleElement()
          .satisfies(r -> assertThat(r.actor()).isEqualTo(text));
    }
    Figures.report("[HostileInputTest] " + database + ": " + NASTY_TEXT.size()
        + " texts with NUL, U+FFFF, RTL marks, CJK ext B-G and emoji round-tripped as actor, title and progress");
  }

  @Test
  void ordinaryTextIsStoredUntouchedOnPostgres() throws SQLException {
    DataSource ds = Databases.freshPostgres();
    JdbcStorage storage = Databases.migrated(ds);
    String actor = "書記 O'Brien; -- /* 😀 𠀀 */";
    RectificationItem item = SchemaAndHistoryTest.fullItem("plain-1");
    storage.rectifications().save(item, ExpectedRevision.expectNew(), actor);
    storage.rectifications().save(item, ExpectedRevision.of(storage.rectifications().find(item.id()).orElseThrow()),
        "nul\u0000");
    try (Connection c = ds.getConnection();
        PreparedStatement ps = c.prepareStatement("SELECT actor FROM chuxin_rectification_change ORDER BY revision");
        ResultSet rs = ps.executeQuery()) {
      rs.next();
      assertThat(rs.getString(1)).isEqualTo(actor);
      rs.next();
      assertThat(rs.getString(1)).isEqualTo("nul\uFFFF0");
    }
  }

  @Test
  void theNulEncodingIsReversibleAndLeavesTextWithoutNulOrTheEscapeUnchanged() {
    String alphabet = "a0\u0000\uFFFF'; -\u202E😀𠀀";
    qt().withExamples(2000).forAll(lists().of(integers().between(0, alphabet.length() - 1)).ofSizeBetween(0, 24))
        .checkAssert(picks -> {
          StringBuilder b = new StringBuilder();
          picks.forEach(i -> b.append(alphabet.charAt(i)));
          String text = b.toString();
          String stored = NulText.encode(text);
          assertThat(stored).doesNotContain("\u0000");
          assertThat(NulText.decode(stored)).isEqualTo(text);
          if (text.indexOf('\u0000') < 0 && text.indexOf('\uFFFF') < 0) {
            assertThat(stored).isSameAs(text);
          }
        });
    qt().withExamples(1000).forAll(strings().allPossible().ofLengthBetween(0, 40)).checkAssert(text ->
        assertThat(NulText.decode(NulText.encode(text))).isEqualTo(text));
  }

  /** Records the text of every statement prepared through it, and counts the other ways SQL could arrive. */
  private static final class Recording extends WrappingDataSource {
    final Queue<String> statements = new ConcurrentLinkedQueue<>();
    volatile boolean recording;
    volatile int unprepared;

    Recording(DataSource target) {
      super(target);
    }

    @Override
    public Connection getConnection() throws SQLException {
      Connection real = target.getConnection();
      return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
          (proxy, method, args) -> {
            if (recording) {
              switch (method.getName()) {
                case "prepareStatement" -> statements.add((String) args[0]);
                case "createStatement", "prepareCall", "nativeSQL" -> unprepared++;
                default -> {
                }
              }
            }
            return invoke(real, method, args);
          });
    }
  }
}
