package dev.aliyunmock.contract.table;

/** The two response formats of the RPC API ({@code Format=JSON|XML}). */
public enum Format {
  JSON("application/json"),
  XML("application/xml");

  private final String mime;

  Format(String mime) {
    this.mime = mime;
  }

  /** The {@code Format} parameter value. */
  public String param() {
    return name();
  }

  /** The MIME type a response in this format declares. */
  public String mime() {
    return mime;
  }

  /** The format a Content-Type names ({@code application/json}, {@code text/xml}, …), or null. */
  public static Format ofContentType(String contentType) {
    if (contentType == null) {
      return null;
    }
    String mime = contentType.split(";", 2)[0].trim().toLowerCase(java.util.Locale.ROOT);
    return switch (mime) {
      case "application/json", "text/json" -> JSON;
      case "application/xml", "text/xml" -> XML;
      default -> null;
    };
  }
}
