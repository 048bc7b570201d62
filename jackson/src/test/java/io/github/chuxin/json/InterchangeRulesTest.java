package io.github.chuxin.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.chuxin.json.SnapshotFormatException.Kind;
import io.github.chuxin.snapshot.CampaignSnapshot;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * The reader's side of the rules the schema states: instants at any offset but with seconds, dates on days that
 * exist, integers however written, and sets without repeats, refused at the repeat.
 */
class InterchangeRulesTest {

  private static String edited(Consumer<ObjectNode> edit) {
    ObjectNode doc = OneEdit.tree(RoundTripTest.write(Snapshots.rich()));
    edit.accept(doc);
    return OneEdit.text(doc);
  }

  private static CampaignSnapshot read(String document) throws IOException {
    return SnapshotReader.create().read(new ByteArrayInputStream(document.getBytes(StandardCharsets.UTF_8)));
  }

  private static SnapshotFormatException failure(String document) {
    return catchThrowableOfType(SnapshotFormatException.class, () -> read(document));
  }

  private static ObjectNode at(ObjectNode doc, String pointer) {
    return (ObjectNode) doc.at(pointer);
  }

  @Test
  void anInstantWithAnOffsetIsReadAsTheSameInstantInUtc() throws IOException {
    CampaignSnapshot snapshot = read(edited(doc -> at(doc, "/rectifications/0/history/0")
        .put("at", "2019-07-06T09:02:03+08:00")));
    assertThat(snapshot.rectifications().get(0).history().get(0).at())
        .isEqualTo(Instant.parse("2019-07-06T01:02:03Z"));
    assertThat(snapshot).isEqualTo(Snapshots.rich());
  }

  @Test
  void anInstantWithoutSecondsOrInLowerCaseOrWithALeapSecondIsRefusedAtItsPath() {
    for (String at : new String[] {"2019-07-06T01:02Z", "2019-07-06t01:02:03z", "2019-07-06T23:59:60Z",
        "2019-07-06T24:00:00Z", "2019-07-06T01:02:03", "2019-07-06T01:02:03+0800", "2019-07-06T01:02:03.Z",
        "2019-07-06T01:02:03+08:00:30", "2019-02-29T01:02:03Z"}) {
      SnapshotFormatException e = failure(edited(doc -> at(doc, "/rectifications/0/history/0").put("at", at)));
      assertThat(e).as(at).isNotNull();
      assertThat(e.kind()).as(at).isEqualTo(Kind.INVALID_VALUE);
      assertThat(e.jsonPath()).as(at).isEqualTo("$.rectifications[0].history[0].at");
      assertThat(e.expected()).contains("RFC 3339");
    }
  }

  @Test
  void aDateOnADayThatDoesNotExistOrNotWrittenAsJavaWritesItIsRefusedAtItsPath() {
    for (String date : new String[] {"2019-02-30", "9999-99-99", "2019-02-29", "1900-02-29", "+2019-01-01",
        "10000-01-01", "-0000-01-01", "-00001-01-01", "+010000-01-01", "2019-6-1"}) {
      SnapshotFormatException e = failure(edited(doc -> at(doc, "/problems/0").put("discoveredOn", date)));
      assertThat(e).as(date).isNotNull();
      assertThat(e.kind()).as(date).isEqualTo(Kind.INVALID_VALUE);
      assertThat(e.jsonPath()).as(date).isEqualTo("$.problems[0].discoveredOn");
    }
  }

  @Test
  void datesOutsideTheFourDigitYearsAreReadAsJavaWritesThem() throws IOException {
    for (String date : new String[] {"+10000-02-29", "-0001-01-01", "-0004-02-29", "0000-02-29", "+999999999-12-31",
        "-12345-06-01"}) {
      CampaignSnapshot snapshot = read(edited(doc -> at(doc, "/problems/1").put("discoveredOn", date)));
      assertThat(snapshot.problems().get(1).discoveredOn()).hasToString(date);
    }
  }

  @Test
  void anIntegerWrittenWithAFractionOfZeroOrAnExponentIsTheSameInteger() throws IOException {
    String rich = new String(RoundTripTest.write(Snapshots.rich()), StandardCharsets.UTF_8);
    for (String attendance : new String[] {"85.0", "8.5e1", "850E-1", "85.000"}) {
      String document = rich.replace("\"attendance\":85", "\"attendance\":" + attendance);
      assertThat(read(document)).as(attendance).isEqualTo(Snapshots.rich());
    }
    String version = rich.replace("\"formatVersion\":1,", "\"formatVersion\":1.0,");
    assertThat(read(version)).isEqualTo(Snapshots.rich());
  }

  @Test
  void aNumberWithAFractionOrOutOfRangeIsRefusedWhereAnIntegerBelongs() {
    String base = new String(RoundTripTest.write(Snapshots.rich()), StandardCharsets.UTF_8);
    assertThat(failure(base.replace("\"attendance\":85", "\"attendance\":85.5")).kind()).isEqualTo(Kind.WRONG_TYPE);
    assertThat(failure(base.replace("\"attendance\":85", "\"attendance\":1e-999999")).kind())
        .isEqualTo(Kind.WRONG_TYPE);
    for (String big : new String[] {"2147483648.0", "1e999999", "-1e10", "99999999999999999999", "1E+2147483648"}) {
      SnapshotFormatException e = failure(base.replace("\"attendance\":85", "\"attendance\":" + big));
      assertThat(e.kind()).as(big).isEqualTo(Kind.INVALID_VALUE);
      assertThat(e.jsonPath()).isEqualTo("$.activities[0].attendance");
    }
    assertThat(failure(base.replace("\"formatVersion\":1,", "\"formatVersion\":1.5,")).kind())
        .isEqualTo(Kind.WRONG_TYPE);
    assertThat(failure(base.replace("\"formatVersion\":1,", "\"formatVersion\":1E+2147483648,")).kind())
        .isEqualTo(Kind.UNSUPPORTED_VERSION);
  }

  @Test
  void aRepeatedHomeOrganisationIsRefusedAtTheRepeatNamingTheFirstLikeARepeatedCode() {
    SnapshotFormatException e = failure(edited(doc -> ((ArrayNode) doc.at("/organisations/3/homeOrganisations"))
        .add("city")));
    assertThat(e).isNotNull();
    assertThat(e.kind()).isEqualTo(Kind.INVALID_VALUE);
    assertThat(e.jsonPath()).isEqualTo("$.organisations[3].homeOrganisations[2]");
    assertThat(e.expected()).isEqualTo("distinct identifiers");
    assertThat(e.getMessage()).contains("'city' appears twice, first at [1]");
    SnapshotFormatException code = failure(edited(doc -> ((ArrayNode) doc.at("/guidanceGroups/0/roles"))
        .add("liaison")));
    assertThat(code.expected()).isEqualTo("distinct codes");
    assertThat(code.getMessage()).contains("appears twice, first at [");
  }

  @Test
  void anIdWrittenManyTimesIsReadAsOneObject() throws IOException {
    CampaignSnapshot snapshot = read(new String(LargeDocument.oneCharIds(3).readAllBytes(), StandardCharsets.UTF_8));
    var members = snapshot.leadershipBodies().get(0).members();
    assertThat(members).hasSize(3).allSatisfy(id -> assertThat(id.value()).isEqualTo("a"));
    assertThat(members.get(2)).isSameAs(members.get(0));
  }

  @Test
  void everyLimitCanBeRaised() {
    ReadLimits raised = ReadLimits.defaults().withMaxDocumentBytes(1L << 40).withMaxNestingDepth(64)
        .withMaxStringLength(1 << 24).withMaxNumberLength(128).withMaxNameLength(1024);
    assertThat(raised).isEqualTo(new ReadLimits(1L << 40, 64, 1 << 24, 128, 1024));
    assertThat(SnapshotReader.withLimits(raised).limits()).isEqualTo(raised);
    assertThat(ReadLimits.defaults().maxDocumentBytes()).isEqualTo(64L << 20);
  }
}
