package dev.aliyunmock.contract.world;

/**
 * A field value that is the id of a logical name, resolved per execution. A name that no world
 * declares resolves to an id nothing has: the way scenarios name what does not exist.
 */
public record Ref(Kind kind, String name) {
  /** What the name stands for. */
  public enum Kind {
    RI,
    ROUTER,
    OWNER
  }

  public static Ref ri(String name) {
    return new Ref(Kind.RI, name);
  }

  public static Ref router(String name) {
    return new Ref(Kind.ROUTER, name);
  }

  public static Ref owner(String name) {
    return new Ref(Kind.OWNER, name);
  }

  String resolve(Names names) {
    return switch (kind) {
      case RI -> names.ri(name);
      case ROUTER -> names.router(name);
      case OWNER -> names.owner(name);
    };
  }
}
