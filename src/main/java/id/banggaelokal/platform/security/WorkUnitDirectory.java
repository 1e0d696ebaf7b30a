package id.banggaelokal.platform.security;

/**
 * Which work units exist and may act, as {@link CurrentUser} asks it of a token's {@code work_unit}
 * claim. Implemented by the work-unit feature, which owns them.
 */
public interface WorkUnitDirectory {

  /** Whether a work unit with this code exists and is active. */
  boolean isActive(String code);
}
