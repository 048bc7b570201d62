package io.github.chuxin.persistence;

/**
 * A call that needs a capability the storage does not declare 不支持的能力 (不支持的能力).
 */
public final class UnsupportedCapabilityException extends UnsupportedOperationException {

  private static final long serialVersionUID = 1L;

  /** The capability the storage lacks. */
  private final Capability capability;

  /**
   * Creates the exception.
   *
   * @param capability the missing capability, not null
   */
  public UnsupportedCapabilityException(Capability capability) {
    super("this storage does not declare the capability " + capability);
    this.capability = capability;
  }

  /**
   * Returns the missing capability.
   *
   * @return the capability
   */
  public Capability capability() {
    return capability;
  }
}
