package io.github.chuxin.diagnostic;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The path to an element of a campaign 元素路徑 (元素路径), made of kinds and identifiers (never
 * list indexes), printed like {@code rectification[r-17].deadline}.
 *
 * <p>Immutable. Paths compare by their printed form.
 *
 * <pre>{@code
 * ElementPath path = ElementPath.of("rectification", "r-17").then("deadline");
 * }</pre>
 *
 * @param segments the segments, outermost first, not empty
 */
public record ElementPath(List<Segment> segments) implements Comparable<ElementPath> {

  /**
   * One step of a path: a kind of element and, for elements of a collection, its identifier.
   *
   * @param kind the kind, such as {@code organisation}, not blank
   * @param id the identifier, or empty for a single element such as {@code deadline}
   */
  public record Segment(String kind, Optional<String> id) {

    /**
     * Checks the components.
     *
     * @param kind the kind, such as {@code organisation}, not blank
     * @param id the identifier, or empty for a single element such as {@code deadline}
     */
    public Segment {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(id, "id");
      if (kind.isBlank()) {
        throw new IllegalArgumentException("a path segment needs a kind");
      }
    }

    @Override
    public String toString() {
      return id.map(i -> kind + "[" + i + "]").orElse(kind);
    }
  }

  /**
   * Checks that there is at least one segment and copies them.
   *
   * @param segments the segments, outermost first, not empty
   */
  public ElementPath {
    segments = List.copyOf(segments);
    if (segments.isEmpty()) {
      throw new IllegalArgumentException("a path has at least one segment");
    }
  }

  /**
   * Returns the path to an element of a collection.
   *
   * @param kind the kind, such as {@code rectification}
   * @param id the element's identifier, not null
   * @return the path
   */
  public static ElementPath of(String kind, Object id) {
    return new ElementPath(List.of(new Segment(kind, Optional.of(String.valueOf(id)))));
  }

  /**
   * Returns the path to a single element, such as {@code campaign}.
   *
   * @param kind the kind
   * @return the path
   */
  public static ElementPath of(String kind) {
    return new ElementPath(List.of(new Segment(kind, Optional.empty())));
  }

  /**
   * Returns this path followed by an element of a collection.
   *
   * @param kind the kind
   * @param id the identifier, not null
   * @return the longer path
   */
  public ElementPath then(String kind, Object id) {
    return append(new Segment(kind, Optional.of(String.valueOf(id))));
  }

  /**
   * Returns this path followed by a single element.
   *
   * @param kind the kind
   * @return the longer path
   */
  public ElementPath then(String kind) {
    return append(new Segment(kind, Optional.empty()));
  }

  private ElementPath append(Segment segment) {
    List<Segment> longer = new ArrayList<>(segments.size() + 1);
    longer.addAll(segments);
    longer.add(segment);
    return new ElementPath(longer);
  }

  @Override
  public int compareTo(ElementPath other) {
    return toString().compareTo(other.toString());
  }

  @Override
  public String toString() {
    StringBuilder text = new StringBuilder();
    for (Segment segment : segments) {
      if (text.length() > 0) {
        text.append('.');
      }
      text.append(segment);
    }
    return text.toString();
  }
}
