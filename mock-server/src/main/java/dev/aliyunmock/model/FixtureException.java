package dev.aliyunmock.model;

/**
 * A fixture document that was refused, with a message naming the path of the first problem, e.g.
 * {@code RouterInterfaces[2].Role: 'Foo' is not one of InitiatingSide, AcceptingSide}. Nothing of
 * a refused document is loaded.
 */
public final class FixtureException extends Exception {
  private static final long serialVersionUID = 1L;

  private final String path;

  public FixtureException(String path, String problem) {
    super(path + ": " + problem);
    this.path = path;
  }

  /** The path of the offending value, e.g. {@code RouterInterfaces[2].Role}. */
  public String path() {
    return path;
  }
}
