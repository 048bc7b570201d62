package io.github.chuxin.id;

import io.github.chuxin.diagnostic.ModelConstraint;
import io.github.chuxin.i18n.Label;

/**
 * The constraints on identifiers 標識約束 (标识约束) that {@link Identifier#check(String, String)}
 * enforces for every identifier type.
 *
 * <p>A value that breaks one cannot be built: its factory or builder throws a
 * {@link io.github.chuxin.diagnostic.ModelConstraintException} with the constant's code. The
 * validation catalogue lists each as a rule enforced at construction. Codes are API: they are
 * never renumbered or reused.
 */
public enum IdentifierConstraint implements ModelConstraint {

  /** {@code ID-BLANK}: a blank identifier. */
  BLANK("ID-BLANK",
      Label.of("a blank identifier", "标识为空", "標識為空"),
      Label.of("{kind} must not be blank.",
          "{kind} 不能为空。",
          "{kind} 不能為空。")),

  /** {@code ID-TOO-LONG}: an identifier longer than the maximum. */
  TOO_LONG("ID-TOO-LONG",
      Label.of("an identifier longer than 128 characters", "标识超过128个字符", "標識超過128個字元"),
      Label.of("{kind} must be at most {maximum} characters, was {length}.",
          "{kind} 最多 {maximum} 个字符，实为 {length} 个。",
          "{kind} 最多 {maximum} 個字元，實為 {length} 個。")),

  /** {@code ID-PADDED}: an identifier that starts or ends with white space. */
  PADDED("ID-PADDED",
      Label.of("an identifier that starts or ends with white space", "标识首尾有空白", "標識首尾有空白"),
      Label.of("{kind} must not start or end with white space: '{value}'.",
          "{kind} 首尾不能有空白：'{value}'。",
          "{kind} 首尾不能有空白：'{value}'。")),

  /** {@code ID-UNPAIRED-SURROGATE}: an identifier with an unpaired surrogate. */
  UNPAIRED_SURROGATE("ID-UNPAIRED-SURROGATE",
      Label.of("an identifier with an unpaired surrogate", "标识含有不成对的代理码元", "標識含有不成對的代理碼元"),
      Label.of("{kind} must not contain an unpaired surrogate: {unit} at index {index} of '{value}'.",
          "{kind} 不能含有不成对的代理码元：'{value}' 的第 {index} 位是 {unit}。",
          "{kind} 不能含有不成對的代理碼元：'{value}' 的第 {index} 位是 {unit}。")),

  /** {@code ID-CONTROL-CHARACTER}: an identifier with a control character. */
  CONTROL_CHARACTER("ID-CONTROL-CHARACTER",
      Label.of("an identifier with a control character", "标识含有控制字符", "標識含有控制字元"),
      Label.of("{kind} must not contain control characters: '{value}'.",
          "{kind} 不能含有控制字符：'{value}'。",
          "{kind} 不能含有控制字元：'{value}'。")),

  /** {@code ID-EXCLUDED-CHARACTER}: an identifier with a character from U+E000 to U+FFFF. */
  EXCLUDED_CHARACTER("ID-EXCLUDED-CHARACTER",
      Label.of("an identifier with a character from U+E000 to U+FFFF",
          "标识含有 U+E000 至 U+FFFF 的字符", "標識含有 U+E000 至 U+FFFF 的字元"),
      Label.of("{kind} must not contain {unit} (index {index} of '{value}'): identifiers exclude U+E000 to U+FFFF,"
              + " the private use, compatibility, fullwidth and special characters, so that every store orders them alike.",
          "{kind} 不能含有 {unit}（'{value}' 的第 {index} 位）："
              + "标识不用 U+E000 至 U+FFFF 的私用、兼容、全角和特殊字符，以便各存储排序一致。",
          "{kind} 不能含有 {unit}（'{value}' 的第 {index} 位）："
              + "標識不用 U+E000 至 U+FFFF 的私用、相容、全形和特殊字元，以便各儲存排序一致。"));

  private final Entry entry;

  IdentifierConstraint(String code, Label title, Label template) {
    this.entry = new Entry(code, title, template);
  }

  @Override
  public Entry entry() {
    return entry;
  }
}
