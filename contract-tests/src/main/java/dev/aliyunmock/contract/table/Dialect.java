package dev.aliyunmock.contract.table;

/**
 * The API versions the contract is stated for (docs/reference/api-versions.md), as the suite itself
 * knows them.
 * {@link #NONE} is a row about a {@code Version} that is neither.
 */
public enum Dialect {
  /** {@code Version=2014-05-26}: the 2016 ECS API (ECS-2016); XML when {@code Format} is absent. */
  ECS("2014-05-26", Format.XML),
  /** {@code Version=2016-04-28}: the VPC API; JSON when {@code Format} is absent. */
  VPC("2016-04-28", Format.JSON),
  /** A row whose requests carry a Version of neither dialect. */
  NONE(null, null);

  private final String version;
  private final Format defaultFormat;

  Dialect(String version, Format defaultFormat) {
    this.version = version;
    this.defaultFormat = defaultFormat;
  }

  /** The {@code Version} parameter, or {@code null} for {@link #NONE}. */
  public String version() {
    return version;
  }

  /** The format answered when the request has no {@code Format}; {@code null} for {@link #NONE}. */
  public Format defaultFormat() {
    return defaultFormat;
  }

  /** As written in {@code contract.json}: {@code ECS}, {@code VPC} or {@code none}. */
  public static Dialect parse(String text) {
    return switch (text) {
      case "ECS" -> ECS;
      case "VPC" -> VPC;
      case "none" -> NONE;
      default -> throw new IllegalArgumentException("dialect must be ECS, VPC or none, not " + text);
    };
  }

  /** The spelling of {@code contract.json}. */
  public String label() {
    return this == NONE ? "none" : name();
  }
}
