package io.github.chuxin.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.chuxin.i18n.Label;
import io.github.chuxin.rectification.RectificationItem;
import io.github.chuxin.snapshot.CampaignSnapshot;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SnapshotElementsTest {

  private static final ObjectMapper MAPPER = JsonMapper.builder().addModule(new ChuxinModule()).build();

  @Test
  void everySectionOfTheDocumentHasItsTypeAndTheModuleWritesEachElementAsTheDocumentDoes() throws IOException {
    CampaignSnapshot snapshot = Snapshots.rich();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    SnapshotWriter.create().write(snapshot, out);
    JsonNode document = MAPPER.readTree(out.toByteArray());
    List<String> sections = new ArrayList<>();
    document.fieldNames().forEachRemaining(sections::add);
    sections.remove("formatVersion");

    assertThat(SnapshotElements.SECTIONS.values()).containsExactlyInAnyOrderElementsOf(sections);
    for (Map.Entry<Class<?>, String> e : SnapshotElements.SECTIONS.entrySet()) {
      JsonNode section = document.get(e.getValue());
      List<JsonNode> elements = new ArrayList<>();
      if (section.isArray()) {
        section.forEach(elements::add);
      } else {
        elements.add(section);
      }
      assertThat(elements).as(e.getValue()).isNotEmpty();
      for (JsonNode element : elements) {
        Object value = MAPPER.treeToValue(element, e.getKey());
        assertThat((JsonNode) MAPPER.valueToTree(value)).as(e.getValue()).isEqualTo(element);
        assertThat(SnapshotElements.upgrade(e.getKey(), SnapshotFormat.CURRENT_VERSION, element))
            .as("an element of the current version needs no upgrade").isSameAs(element);
      }
    }
  }

  @Test
  void aVersionThatIsNewerOrDoesNotExistIsRefusedAsUnsupported() throws IOException {
    JsonNode element = MAPPER.readTree("{\"id\":\"r\"}");

    assertThatThrownBy(() -> SnapshotElements.upgrade(RectificationItem.class, SnapshotFormat.CURRENT_VERSION + 1,
        element))
        .isInstanceOfSatisfying(SnapshotFormatException.class,
            e -> assertThat(e.kind()).isEqualTo(SnapshotFormatException.Kind.UNSUPPORTED_VERSION))
        .hasMessageContaining("RectificationItem has format version " + (SnapshotFormat.CURRENT_VERSION + 1))
        .hasMessageContaining("newer chuxin");
    assertThatThrownBy(() -> SnapshotElements.upgrade(RectificationItem.class,
        SnapshotFormat.OLDEST_READABLE_VERSION - 1, element))
        .isInstanceOfSatisfying(SnapshotFormatException.class,
            e -> assertThat(e.kind()).isEqualTo(SnapshotFormatException.Kind.UNSUPPORTED_VERSION))
        .hasMessageContaining("does not exist");
  }

  @Test
  void aTypeThatNoSectionHoldsIsRefused() throws IOException {
    JsonNode element = MAPPER.readTree("{\"en\":\"a\",\"zh-Hans\":\"a\",\"zh-Hant\":\"a\"}");

    assertThatThrownBy(() -> SnapshotElements.upgrade(Label.class, SnapshotFormat.CURRENT_VERSION, element))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(Label.class.getName());
  }
}
