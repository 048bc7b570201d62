package io.github.chuxin.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.chuxin.org.OrgId;
import io.github.chuxin.org.OrgKind;
import io.github.chuxin.rectification.RectificationItem;
import io.github.chuxin.snapshot.CampaignSnapshot;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RoundTripTest {

  static byte[] write(CampaignSnapshot snapshot) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      SnapshotWriter.create().write(snapshot, out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static CampaignSnapshot read(byte[] document) {
    try {
      return SnapshotReader.create().read(new ByteArrayInputStream(document));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void theRichSnapshotReadsBackEqualAfterWriting() {
    CampaignSnapshot rich = Snapshots.rich();
    assertThat(read(write(rich))).isEqualTo(rich);
  }

  @Test
  void aPrettyDocumentReadsBackEqualToo() throws IOException {
    CampaignSnapshot rich = Snapshots.rich();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    SnapshotWriter.pretty().write(rich, out);
    assertThat(out.toString(java.nio.charset.StandardCharsets.UTF_8)).contains("\n  \"campaign\"");
    assertThat(read(out.toByteArray())).isEqualTo(rich);
  }

  @Test
  void everyGeneratedSnapshotReadsBackEqualAfterWriting() {
    qt().withExamples(300).forAll(SnapshotGen.snapshots())
        .checkAssert(snapshot -> assertThat(read(write(snapshot))).isEqualTo(snapshot));
  }

  @Test
  void theDocumentStartsWithItsFormatVersionAndUsesCodesAndIsoDates() throws IOException {
    JsonNode doc = new ObjectMapper().readTree(write(Snapshots.rich()));
    assertThat(doc.fieldNames().next()).isEqualTo("formatVersion");
    assertThat(doc.get("formatVersion").intValue()).isEqualTo(SnapshotFormat.CURRENT_VERSION);
    assertThat(doc.at("/organisations/1/kind").textValue()).isEqualTo("bureau-level-unit");
    assertThat(doc.at("/rectifications/0/deadline/original").textValue()).isEqualTo("2019-09-30");
    assertThat(doc.at("/rectifications/0/history/1/at").textValue()).isEqualTo("2019-11-10T08:00:00.123456789Z");
    assertThat(doc.at("/campaign/zone").textValue()).isEqualTo("Asia/Urumqi");
    assertThat(doc.at("/campaign/theme/zh-Hant").textValue()).isEqualTo("不忘初心、牢記使命");
    assertThat(doc.at("/organisations/1").has("parentId")).isTrue();
    assertThat(doc.at("/organisations/0").has("parentId")).as("an empty Optional is an absent field").isFalse();
    assertThat(doc.at("/rectifications/1").has("deadline")).isFalse();
  }

  @Test
  void theModuleMapsEveryModelValueBothWays() throws IOException {
    ObjectMapper mapper = JsonMapper.builder().addModule(new ChuxinModule()).build();
    for (Object value : Snapshots.everyValue(Snapshots.rich())) {
      Class<?> type = registeredType(value);
      String json = mapper.writeValueAsString(value);
      Object back = mapper.readValue(json, type);
      assertThat(back).as("%s as %s", type.getSimpleName(), json).isEqualTo(value);
    }
  }

  @Test
  void theModuleWritesEnumsAsCodesAndIdsAsStrings() throws IOException {
    ObjectMapper mapper = JsonMapper.builder().addModule(new ChuxinModule()).build();
    assertThat(mapper.writeValueAsString(OrgKind.BUREAU_LEVEL_UNIT)).isEqualTo("\"bureau-level-unit\"");
    assertThat(mapper.writeValueAsString(OrgId.of("x-1"))).isEqualTo("\"x-1\"");
    assertThat(mapper.writeValueAsString(io.github.chuxin.i18n.Language.SIMPLIFIED_CHINESE))
        .isEqualTo("\"zh-Hans\"");
    assertThat(mapper.readValue("\"zh-Hant\"", io.github.chuxin.i18n.Language.class))
        .isEqualTo(io.github.chuxin.i18n.Language.TRADITIONAL_CHINESE);
    Map<OrgId, Integer> byUnit = Map.of(OrgId.of("u-1"), 3);
    String json = mapper.writeValueAsString(byUnit);
    assertThat(json).isEqualTo("{\"u-1\":3}");
    Map<OrgId, Integer> back = mapper.readValue(json, mapper.getTypeFactory().constructMapType(Map.class,
        OrgId.class, Integer.class));
    assertThat(back).isEqualTo(byUnit);
  }

  @Test
  void theModuleWritesTheSameShapeAsTheSnapshot() throws IOException {
    ObjectMapper mapper = JsonMapper.builder().addModule(new ChuxinModule()).build();
    CampaignSnapshot rich = Snapshots.rich();
    RectificationItem item = rich.rectifications().get(0);
    JsonNode inDocument = mapper.readTree(write(rich)).at("/rectifications/0");
    JsonNode viaModule = mapper.valueToTree(item);
    assertThat(viaModule).isEqualTo(inDocument);
  }

  static Class<?> registeredType(Object value) {
    if (value instanceof ZoneId) {
      return ZoneId.class;
    }
    Class<?> type = value.getClass();
    return type.getSimpleName().startsWith("Immutable") ? type.getSuperclass() : type;
  }
}
