package io.github.chuxin.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class SnapshotFormatTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Test
  void upgradesApplyInOrderFromTheDocumentsVersionToTheCurrentOne() throws IOException {
    // a pretend history: v1 -> v2 renamed "unitId" to "unit"; v2 -> v3 added "attendance" to activities
    SnapshotFormat.Upgrade renameUnit = (section, element) -> {
      ObjectNode copy = element.deepCopy();
      if (copy.has("unitId")) {
        copy.set("unit", copy.remove("unitId"));
      }
      return copy;
    };
    SnapshotFormat.Upgrade addAttendance = (section, element) ->
        "activities".equals(section) ? ((ObjectNode) element.deepCopy()).put("attendance", 0) : element;
    List<SnapshotFormat.Upgrade> history = List.of(renameUnit, addAttendance);
    JsonNode v1 = MAPPER.readTree("{\"id\":\"a\",\"unitId\":\"u\"}");

    assertThat(SnapshotFormat.upgrade(history, 1, 3, "activities", v1))
        .isEqualTo(MAPPER.readTree("{\"id\":\"a\",\"unit\":\"u\",\"attendance\":0}"));
    assertThat(SnapshotFormat.upgrade(history, 2, 3, "leaders", v1)).isEqualTo(v1);
    assertThat(SnapshotFormat.upgrade(history, 3, 3, "activities", v1)).isSameAs(v1);
  }

  @Test
  void theCurrentVersionIsReadableAndNeedsNoUpgrade() throws IOException {
    assertThat(SnapshotFormat.OLDEST_READABLE_VERSION).isBetween(1, SnapshotFormat.CURRENT_VERSION);
    assertThat(SnapshotFormat.UPGRADES).hasSize(SnapshotFormat.CURRENT_VERSION - 1);
    JsonNode element = MAPPER.readTree("{\"id\":\"x\"}");
    assertThat(SnapshotFormat.upgrade(SnapshotFormat.CURRENT_VERSION, "problems", element)).isSameAs(element);
  }
}
