package io.github.chuxin.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.chuxin.activity.Activity;
import io.github.chuxin.campaign.Campaign;
import io.github.chuxin.guidance.FiveMustRecord;
import io.github.chuxin.guidance.GuidanceGroup;
import io.github.chuxin.json.SnapshotFormat;
import io.github.chuxin.json.SnapshotReader;
import io.github.chuxin.json.SnapshotWriter;
import io.github.chuxin.leadership.ImplementationPlan;
import io.github.chuxin.leadership.LeadershipBody;
import io.github.chuxin.leadership.Meeting;
import io.github.chuxin.leadership.ScheduleItem;
import io.github.chuxin.org.Leader;
import io.github.chuxin.org.LeaderId;
import io.github.chuxin.org.OrgId;
import io.github.chuxin.org.Organisation;
import io.github.chuxin.persistence.jdbc.internal.PayloadCodec;
import io.github.chuxin.persistence.jdbc.internal.UnreadablePayloadException;
import io.github.chuxin.problem.Problem;
import io.github.chuxin.problem.ProblemList;
import io.github.chuxin.rectification.RectificationItem;
import io.github.chuxin.snapshot.CampaignSnapshot;
import io.github.chuxin.special.SpecialRectification;
import io.github.chuxin.testkit.fixtures.Fixtures;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * One JSON format: the payload of every stored type is the element the snapshot writer writes for the same
 * value, under its format version, and reads back as the value.
 */
class PayloadCodecTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final PayloadCodec CODEC = new PayloadCodec();

  /** Every type the JDBC adapter stores as a payload, with its section of the snapshot document. */
  private record Stored(String section, Class<?> type, Function<CampaignSnapshot, List<?>> values) {
  }

  private static final List<Stored> STORED = List.of(
      new Stored("campaign", Campaign.class, s -> List.of(s.campaign())),
      new Stored("organisations", Organisation.class, CampaignSnapshot::organisations),
      new Stored("leaders", Leader.class, CampaignSnapshot::leaders),
      new Stored("leadershipBodies", LeadershipBody.class, CampaignSnapshot::leadershipBodies),
      new Stored("meetings", Meeting.class, CampaignSnapshot::meetings),
      new Stored("plans", ImplementationPlan.class, CampaignSnapshot::plans),
      new Stored("schedule", ScheduleItem.class, CampaignSnapshot::schedule),
      new Stored("guidanceGroups", GuidanceGroup.class, CampaignSnapshot::guidanceGroups),
      new Stored("fiveMustRecords", FiveMustRecord.class, CampaignSnapshot::fiveMustRecords),
      new Stored("activities", Activity.class, CampaignSnapshot::activities),
      new Stored("problems", Problem.class, CampaignSnapshot::problems),
      new Stored("problemLists", ProblemList.class, CampaignSnapshot::problemLists),
      new Stored("rectifications", RectificationItem.class, CampaignSnapshot::rectifications),
      new Stored("specialRectifications", SpecialRectification.class, CampaignSnapshot::specialRectifications));

  @Test
  void everyStoredTypesPayloadIsTheSnapshotWritersElementUnderItsFormatVersion() throws IOException {
    CampaignSnapshot legacy = legacySnapshot();
    for (Stored stored : STORED) {
      assertThat(stored.values().apply(legacy)).as(stored.section() + " of the legacy campaign").isNotEmpty();
    }
    assertThat(payloadsAreSnapshotElements(legacy)).isEqualTo(legacy.organisations().size()
        + legacy.leaders().size() + legacy.leadershipBodies().size() + legacy.meetings().size()
        + legacy.plans().size() + legacy.schedule().size() + legacy.guidanceGroups().size()
        + legacy.fiveMustRecords().size() + legacy.activities().size() + legacy.problems().size()
        + legacy.problemLists().size() + legacy.rectifications().size() + legacy.specialRectifications().size() + 1);
  }

  @Test
  void everyPayloadOfAGeneratedCampaignIsTheSnapshotWritersElementAndReadsBackEqual() {
    qt().withExamples(25).forAll(Fixtures.campaigns().withUnitsBetween(3, 40))
        .checkAssert(snapshot -> assertThat(payloadsAreSnapshotElements(snapshot)).isPositive());
  }

  /** Checks every stored value of a snapshot against the snapshot document; returns how many it checked. */
  private static int payloadsAreSnapshotElements(CampaignSnapshot snapshot) {
    JsonNode document = document(snapshot);
    int checked = 0;
    for (Stored stored : STORED) {
      JsonNode section = document.get(stored.section());
      List<JsonNode> elements = new ArrayList<>();
      if (section.isArray()) {
        section.forEach(elements::add);
      } else {
        elements.add(section);
      }
      List<?> values = stored.values().apply(snapshot);
      assertThat(elements).hasSameSizeAs(values);
      for (int i = 0; i < values.size(); i++) {
        String payload = CODEC.write(values.get(i), stored.type());
        ObjectNode expected = JSON.createObjectNode();
        expected.put("formatVersion", SnapshotFormat.CURRENT_VERSION);
        expected.set("value", elements.get(i));
        assertThat(tree(payload)).as(stored.section() + "[" + i + "]").isEqualTo(expected);
        assertThat(payload).startsWith("{\"formatVersion\":" + SnapshotFormat.CURRENT_VERSION + ",\"value\":{");
        assertThat(CODEC.read(payload, stored.type())).isEqualTo(values.get(i));
        assertThat(CODEC.write(CODEC.read(payload, stored.type()), stored.type()))
            .as("equal values give equal text, which the payload hash of facts relies on").isEqualTo(payload);
        checked++;
      }
    }
    return checked;
  }

  @Test
  void theHashOfAPayloadIsThatOfItsValueAloneSoAnotherFormatVersionKeepsIt() throws Exception {
    CampaignSnapshot legacy = legacySnapshot();
    JsonNode document = document(legacy);
    for (int i = 0; i < legacy.meetings().size(); i++) {
      String payload = CODEC.write(legacy.meetings().get(i), Meeting.class);
      String element = JSON.writeValueAsString(document.get("meetings").get(i));
      String later = "{\"formatVersion\":" + (SnapshotFormat.CURRENT_VERSION + 1) + ",\"value\":" + element + "}";

      assertThat(PayloadCodec.valueHash(payload)).hasSize(64)
          .isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
              .digest(element.getBytes(StandardCharsets.UTF_8))))
          .isEqualTo(PayloadCodec.valueHash(later));
    }
    Meeting first = legacy.meetings().get(0);
    assertThat(PayloadCodec.valueHash(CODEC.write(Meeting.builder().from(first).topic(first.topic().orElse("") + "!").build(),
        Meeting.class))).isNotEqualTo(PayloadCodec.valueHash(CODEC.write(first, Meeting.class)));
    assertThatThrownBy(() -> PayloadCodec.valueHash("{\"id\":\"problem-legacy-1\",\"value\":1}"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aPayloadOfTheOldFormatAsksForTheMigrationNamingTheTypeAndId() {
    String old = "{\"aspect\":\"WORK\",\"id\":\"problem-legacy-1\",\"major\":true}";

    assertThatThrownBy(() -> CODEC.read(old, Problem.class))
        .isInstanceOf(UnreadablePayloadException.class)
        .hasMessageContaining("stored Problem problem-legacy-1 cannot be read")
        .hasMessageContaining("JdbcStorage.migrate");
  }

  @Test
  void aPayloadOfANewerFormatVersionAsksForANewerLibrary() {
    String newer = "{\"formatVersion\":" + (SnapshotFormat.CURRENT_VERSION + 1)
        + ",\"value\":{\"body\":\"leading-group\",\"kind\":\"some-new-kind\"}}";

    assertThatThrownBy(() -> CODEC.read(newer, Meeting.class))
        .isInstanceOf(UnreadablePayloadException.class)
        .hasMessageContaining("stored Meeting (body leading-group) cannot be read")
        .hasMessageContaining("newer chuxin");
  }

  @Test
  void aValueThatBreaksTheModelOrIsNotJsonFailsTypedNamingWhatItCan() {
    String badDate = "{\"formatVersion\":" + SnapshotFormat.CURRENT_VERSION
        + ",\"value\":{\"id\":\"org-1\",\"kind\":\"branch\",\"name\":\"x\",\"activeFrom\":\"2019-02-30\"}}";

    assertThatThrownBy(() -> CODEC.read(badDate, Organisation.class))
        .isInstanceOf(UnreadablePayloadException.class)
        .hasMessageContaining("stored Organisation org-1 cannot be read")
        .hasMessageContaining("activeFrom");
    assertThatThrownBy(() -> CODEC.read("{\"formatVersion\":1,\"value\":{\"id\":\"a\"", Activity.class))
        .isInstanceOf(UnreadablePayloadException.class)
        .hasMessageContaining("stored Activity cannot be read");
    assertThatThrownBy(() -> CODEC.read("{\"formatVersion\":1,\"value\":null}", Activity.class))
        .isInstanceOf(UnreadablePayloadException.class)
        .hasMessageContaining("its value is null");
    String leader = CODEC.write(Leader.builder().id(LeaderId.of("l-1")).name("l").unit(OrgId.of("u")).build(),
        Leader.class);
    String longer = leader.substring(0, leader.length() - 1) + ",\"more\":1}";
    assertThatThrownBy(() -> CODEC.read(longer, Leader.class))
        .isInstanceOf(UnreadablePayloadException.class)
        .hasMessageContaining("stored Leader l-1 cannot be read");
  }

  static CampaignSnapshot legacySnapshot() throws IOException {
    try (InputStream in = PayloadCodecTest.class.getResourceAsStream(
        "/io/github/chuxin/persistence/jdbc/legacy/v3-snapshot.json")) {
      return SnapshotReader.create().read(in);
    }
  }

  private static JsonNode document(CampaignSnapshot snapshot) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      SnapshotWriter.create().write(snapshot, out);
      return JSON.readTree(out.toByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonNode tree(String json) {
    try {
      return JSON.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
