package io.github.chuxin.json;

import static io.github.chuxin.json.Codec.codec;

import io.github.chuxin.i18n.Label;
import io.github.chuxin.i18n.Language;
import io.github.chuxin.i18n.Term;
import io.github.chuxin.json.PackageCodecs.Value;
import java.util.List;

/** The codecs of package {@code io.github.chuxin.i18n}: labels in three scripts. */
final class I18nCodecs {

  private I18nCodecs() {}

  private static final In.Fields LABEL_FIELDS = new In.Fields("a label", "en!", "zh-Hans!", "zh-Hant!");

  static final Codec<Label> LABEL = codec((g, v) -> {
    g.writeStartObject();
    g.writeStringField("en", v.english());
    g.writeStringField("zh-Hans", v.simplified());
    g.writeStringField("zh-Hant", v.traditional());
    g.writeEndObject();
  }, in -> {
    in.enter(LABEL_FIELDS);
    String en = null;
    String hans = null;
    String hant = null;
    for (String f; (f = in.next(LABEL_FIELDS)) != null; ) {
      switch (f) {
        case "en" -> en = in.string();
        case "zh-Hans" -> hans = in.string();
        case "zh-Hant" -> hant = in.string();
        default -> { }
      }
    }
    String e = en;
    String s = hans;
    String t = hant;
    return in.build("label", () -> Label.of(e, s, t));
  });

  /** What package {@code i18n} maps: its identifiers, its enums and its values. */
  static final PackageCodecs PACKAGE = new PackageCodecs(
      List.of(),
      List.of(Language.class, Term.class),
      List.of(
          new Value<>(Label.class, LABEL)));
}
