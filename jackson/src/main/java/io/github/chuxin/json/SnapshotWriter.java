package io.github.chuxin.json;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import io.github.chuxin.json.SnapshotSections.Section;
import io.github.chuxin.snapshot.CampaignSnapshot;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Objects;

/**
 * Writes a {@link CampaignSnapshot} as one snapshot document (UTF-8 JSON, format version
 * {@value SnapshotFormat#CURRENT_VERSION}), streaming element by element: the text is never held in memory.
 * Instances are immutable and thread-safe.
 */
public final class SnapshotWriter {

  private static final JsonFactory FACTORY = JsonFactory.builder()
      .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
      .build();

  private final boolean pretty;

  private SnapshotWriter(boolean pretty) {
    this.pretty = pretty;
  }

  /**
   * A writer of compact documents.
   *
   * @return the writer
   */
  public static SnapshotWriter create() {
    return new SnapshotWriter(false);
  }

  /**
   * A writer of indented documents, for people to read.
   *
   * @return the writer
   */
  public static SnapshotWriter pretty() {
    return new SnapshotWriter(true);
  }

  /**
   * Writes the snapshot to {@code out}, which is flushed but not closed.
   *
   * @param snapshot the campaign's data
   * @param out where to write the document
   * @throws IOException if writing to {@code out} fails
   */
  public void write(CampaignSnapshot snapshot, OutputStream out) throws IOException {
    Objects.requireNonNull(snapshot, "snapshot");
    Objects.requireNonNull(out, "out");
    try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
      if (pretty) {
        g.useDefaultPrettyPrinter();
      }
      g.writeStartObject();
      g.writeNumberField("formatVersion", SnapshotFormat.CURRENT_VERSION);
      g.writeFieldName("campaign");
      CampaignCodecs.CAMPAIGN.write(g, snapshot.campaign());
      for (Section<?> section : SnapshotSections.BY_NAME.values()) {
        section.write(g, snapshot);
      }
      g.writeEndObject();
    }
  }
}
