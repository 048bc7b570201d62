package io.github.chuxin.diagnostic;

import io.github.chuxin.i18n.Label;
import io.github.chuxin.i18n.Language;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A violation 違規 (违规) of a validation rule: a stable code, a severity, the path to the
 * offending element, named arguments in order and a message template in three languages.
 *
 * <p>Immutable. {@link #message(Language)} fills the template's {@code {name}} placeholders with
 * the arguments; the caller always names the language.
 *
 * @param code the stable code, such as {@code RECT-DEADLINE-AFTER-BATCH}
 * @param severity the severity
 * @param path the offending element
 * @param arguments the arguments by name, in the order given
 * @param template the message template, with {@code {name}} placeholders
 */
public record Violation(String code, Severity severity, ElementPath path, Map<String, String> arguments,
    Label template) {

  private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9]*(-[A-Z0-9]+)+");
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)}");

  /** The order of a report: by code, then path, then arguments. */
  public static final Comparator<Violation> ORDER = Comparator.comparing(Violation::code)
      .thenComparing(Violation::path)
      .thenComparing(v -> v.arguments().toString());

  /**
   * Checks the components and copies the arguments, keeping their order.
   *
   * @param code the stable code, such as {@code RECT-DEADLINE-AFTER-BATCH}
   * @param severity the severity
   * @param path the offending element
   * @param arguments the arguments by name, in the order given
   * @param template the message template, with {@code {name}} placeholders
   */
  public Violation {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(template, "template");
    arguments = Collections.unmodifiableMap(new LinkedHashMap<>(arguments));
  }

  /**
   * Returns the message in a language, with every placeholder filled.
   *
   * @param language the language, not null
   * @return the message
   */
  public String message(Language language) {
    return fill(template.in(language), arguments, language);
  }

  /**
   * Says whether a text has the form of a stable code: upper-case words of letters and digits
   * joined by hyphens, the first starting with a letter, such as {@code ORG-NEGATIVE-MEMBERS}.
   *
   * @param code the text, not null
   * @return whether it is a code
   */
  public static boolean isCode(String code) {
    return CODE.matcher(code).matches();
  }

  /**
   * Makes the arguments of a message from names and values given in turn.
   *
   * @param namesAndValues name, value, name, value…
   * @return the arguments by name, in order (a new modifiable map)
   * @throws IllegalArgumentException if the count is odd
   */
  public static Map<String, String> arguments(String... namesAndValues) {
    if (namesAndValues.length % 2 != 0) {
      throw new IllegalArgumentException("arguments come as names and values in turn");
    }
    Map<String, String> arguments = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      arguments.put(namesAndValues[i], namesAndValues[i + 1]);
    }
    return arguments;
  }

  /**
   * Adds an argument whose value has a label, such as a status: its English label under
   * {@code name} and its Chinese labels under {@code name@zh-Hans} and {@code name@zh-Hant}.
   *
   * @param arguments the arguments to add to, not null
   * @param name the argument's name
   * @param value the value, not null
   */
  public static void putLabelled(Map<String, String> arguments, String name, Label value) {
    arguments.put(name, value.english());
    arguments.put(name + "@" + Language.SIMPLIFIED_CHINESE.tag(), value.simplified());
    arguments.put(name + "@" + Language.TRADITIONAL_CHINESE.tag(), value.traditional());
  }

  /**
   * Fills the {@code {name}} placeholders of a template in a language: with the argument
   * {@code name@tag} (see {@link #putLabelled}) where there is one, with {@code name} otherwise; a
   * placeholder without an argument is left as it is.
   *
   * @param template the template, not null
   * @param arguments the arguments, not null
   * @param language the language of the template, not null
   * @return the filled text
   */
  public static String fill(String template, Map<String, String> arguments, Language language) {
    Matcher m = PLACEHOLDER.matcher(template);
    StringBuilder out = new StringBuilder(template.length() + 32);
    while (m.find()) {
      String value = arguments.get(m.group(1) + "@" + language.tag());
      if (value == null) {
        value = arguments.get(m.group(1));
      }
      m.appendReplacement(out, Matcher.quoteReplacement(value == null ? m.group() : value));
    }
    m.appendTail(out);
    return out.toString();
  }

  /**
   * Returns one line for a report: severity, code, path and message.
   *
   * @param language the language of the message and severity, not null
   * @return the line
   */
  public String describe(Language language) {
    return severity + " " + code + " at " + path + ": " + message(language);
  }
}
