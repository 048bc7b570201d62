package io.github.chuxin.catalogue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A catalogue of reference data that users replace: entries with unique codes, in order.
 *
 * <p>Immutable and thread-safe.
 */
public final class Catalogue {

  private final String name;
  private final Map<String, CatalogueEntry> entries;

  private Catalogue(String name, Map<String, CatalogueEntry> entries) {
    this.name = name;
    this.entries = entries;
  }

  /**
   * Returns a catalogue.
   *
   * @param name the catalogue's name, for messages, not blank
   * @param entries the entries, in order, with unique codes
   * @return the catalogue
   * @throws IllegalArgumentException if two entries share a code
   */
  public static Catalogue of(String name, List<CatalogueEntry> entries) {
    Objects.requireNonNull(name, "name");
    Map<String, CatalogueEntry> byCode = new LinkedHashMap<>();
    for (CatalogueEntry entry : entries) {
      if (byCode.putIfAbsent(entry.code(), entry) != null) {
        throw new IllegalArgumentException("catalogue " + name + ": duplicate code " + entry.code());
      }
    }
    return new Catalogue(name, java.util.Collections.unmodifiableMap(byCode));
  }

  /**
   * Returns the name.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * Returns the entries, in order.
   *
   * @return an unmodifiable list
   */
  public List<CatalogueEntry> entries() {
    return List.copyOf(entries.values());
  }

  /**
   * Returns an entry by code.
   *
   * @param code the code, not null
   * @return the entry, or empty
   */
  public Optional<CatalogueEntry> find(String code) {
    return Optional.ofNullable(entries.get(code));
  }

  /**
   * Tells whether a code is in the catalogue.
   *
   * @param code the code, not null
   * @return whether it is known
   */
  public boolean contains(String code) {
    return entries.containsKey(code);
  }
}
