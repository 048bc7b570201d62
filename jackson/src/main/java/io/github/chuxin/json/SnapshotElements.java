package io.github.chuxin.json;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.chuxin.campaign.Campaign;
import io.github.chuxin.leadership.Meeting;
import io.github.chuxin.rectification.RectificationItem;
import java.util.Map;
import java.util.Objects;

/**
 * Elements of the snapshot document kept on their own: a campaign, an organisation, a meeting or any other
 * value that a section of the document holds, stored or sent apart from a document (the JDBC adapter keeps
 * one per row) in the JSON that {@link ChuxinModule} writes, which is the JSON of that element in a document,
 * together with the {@link SnapshotFormat} version it was written in.
 *
 * <p>Reading such an element back takes its version into account as the {@link SnapshotReader} does for a
 * whole document: an element of an older readable version is brought up to the current one by the same
 * upgrades, one version after the other, before {@link ChuxinModule} decodes it.
 */
public final class SnapshotElements {

  /** The section of the snapshot document that holds each type (the campaign is the one field that is no list). */
  static final Map<Class<?>, String> SECTIONS = sections();

  private SnapshotElements() {}

  private static Map<Class<?>, String> sections() {
    Map<Class<?>, String> sections = new java.util.HashMap<>();
    sections.put(Campaign.class, "campaign");
    for (SnapshotSections.Section<?> section : SnapshotSections.BY_NAME.values()) {
      sections.put(section.type(), section.name());
    }
    return Map.copyOf(sections);
  }

  /**
   * Brings one element written in format version {@code formatVersion} up to
   * {@link SnapshotFormat#CURRENT_VERSION}, so that {@link ChuxinModule} can decode it.
   *
   * @param type the model type of the element: one that a section of the snapshot document holds, such as
   *     {@link RectificationItem} or {@link Meeting}
   * @param formatVersion the format version the element was written in
   * @param element the element as it was written
   * @return the element in the current format version; {@code element} itself if it is of the current version
   * @throws SnapshotFormatException of kind {@link SnapshotFormatException.Kind#UNSUPPORTED_VERSION} if
   *     {@code formatVersion} is not from {@link SnapshotFormat#OLDEST_READABLE_VERSION} to
   *     {@link SnapshotFormat#CURRENT_VERSION}; a newer version asks for a newer library
   * @throws IllegalArgumentException if no section of the snapshot document holds values of {@code type}
   */
  public static JsonNode upgrade(Class<?> type, int formatVersion, JsonNode element) throws SnapshotFormatException {
    Objects.requireNonNull(element, "element");
    String section = SECTIONS.get(Objects.requireNonNull(type, "type"));
    if (section == null) {
      throw new IllegalArgumentException(type.getName() + " is not held by a section of the snapshot document");
    }
    String unreadable = SnapshotFormat.unreadable(formatVersion, "the " + type.getSimpleName());
    if (unreadable != null) {
      throw new SnapshotFormatException(SnapshotFormatException.Kind.UNSUPPORTED_VERSION, "$", SnapshotFormat.READABLE,
          unreadable, null);
    }
    return SnapshotFormat.upgrade(formatVersion, section, element);
  }
}
