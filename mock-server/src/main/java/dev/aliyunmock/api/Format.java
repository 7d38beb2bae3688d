package dev.aliyunmock.api;

import java.util.Locale;
import java.util.Optional;

/** The response formats of the RPC API, with the Content-Type the real service sends. */
public enum Format {
  JSON("application/json;charset=utf-8"),
  XML("text/xml;charset=utf-8");

  private final String contentType;

  Format(String contentType) {
    this.contentType = contentType;
  }

  public String contentType() {
    return contentType;
  }

  /** Parses a {@code Format} parameter value; the gateway accepts any letter case. */
  public static Optional<Format> parse(String value) {
    if (value == null) {
      return Optional.empty();
    }
    switch (value.toUpperCase(Locale.ROOT)) {
      case "JSON":
        return Optional.of(JSON);
      case "XML":
        return Optional.of(XML);
      default:
        return Optional.empty();
    }
  }
}
