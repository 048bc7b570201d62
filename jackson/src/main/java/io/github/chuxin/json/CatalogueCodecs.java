package io.github.chuxin.json;

import static io.github.chuxin.json.Codec.codec;
import static io.github.chuxin.json.I18nCodecs.LABEL;
import static io.github.chuxin.json.Out.list;
import static io.github.chuxin.json.Out.object;

import io.github.chuxin.catalogue.Catalogue;
import io.github.chuxin.catalogue.CatalogueEntry;
import io.github.chuxin.i18n.Label;
import io.github.chuxin.json.PackageCodecs.Value;
import java.util.ArrayList;
import java.util.List;

/** The codecs of package {@code io.github.chuxin.catalogue}: catalogues of codes and their entries. */
final class CatalogueCodecs {

  private CatalogueCodecs() {}

  private static final In.Fields CATALOGUE_ENTRY_FIELDS = new In.Fields("a catalogue entry", "code!", "label!");

  static final Codec<CatalogueEntry> CATALOGUE_ENTRY = codec((g, v) -> {
    g.writeStartObject();
    g.writeStringField("code", v.code());
    object(g, "label", LABEL, v.label());
    g.writeEndObject();
  }, in -> {
    in.enter(CATALOGUE_ENTRY_FIELDS);
    String code = null;
    Label label = null;
    for (String f; (f = in.next(CATALOGUE_ENTRY_FIELDS)) != null; ) {
      switch (f) {
        case "code" -> code = in.string();
        case "label" -> label = LABEL.read(in);
        default -> { }
      }
    }
    String c = code;
    Label l = label;
    return in.build("catalogue entry", () -> CatalogueEntry.of(c, l));
  });

  private static final In.Fields CATALOGUE_FIELDS = new In.Fields("a catalogue", "name!", "entries");

  static final Codec<Catalogue> CATALOGUE = codec((g, v) -> {
    g.writeStartObject();
    g.writeStringField("name", v.name());
    list(g, "entries", CATALOGUE_ENTRY, v.entries());
    g.writeEndObject();
  }, in -> {
    in.enter(CATALOGUE_FIELDS);
    String name = null;
    List<CatalogueEntry> entries = new ArrayList<>();
    for (String f; (f = in.next(CATALOGUE_FIELDS)) != null; ) {
      switch (f) {
        case "name" -> name = in.string();
        case "entries" -> in.list(CATALOGUE_ENTRY, entries::add);
        default -> { }
      }
    }
    String n = name;
    return in.build("catalogue", () -> Catalogue.of(n, List.copyOf(entries)));
  });

  /** What package {@code catalogue} maps: its identifiers, its enums and its values. */
  static final PackageCodecs PACKAGE = new PackageCodecs(
      List.of(),
      List.of(),
      List.of(
          new Value<>(CatalogueEntry.class, CATALOGUE_ENTRY),
          new Value<>(Catalogue.class, CATALOGUE)));
}
