package io.github.chuxin.report.hotline;

import io.github.chuxin.id.Identifier;

/**
 * The identifier of a citizen request 訴求編號 (诉求编号).
 *
 * @param value the identifier's text, not blank
 */
public record RequestId(String value) implements Identifier {

  /**
   * Checks the text.
   *
   * @param value the identifier's text, not blank
   * @throws IllegalArgumentException if it is blank
   */
  public RequestId {
    Identifier.check(value, "RequestId");
  }

  /**
   * Returns the identifier with a text.
   *
   * @param value the text, not blank
   * @return the identifier
   */
  public static RequestId of(String value) {
    return new RequestId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
