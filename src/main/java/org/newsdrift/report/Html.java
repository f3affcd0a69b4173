package org.newsdrift.report;

/** Escaping for text and attribute values in HTML and inline SVG; every string from the data goes through it. */
public final class Html {
  private Html() {}

  /** {@code text} with {@code & < > " '} replaced by character references; null becomes the empty string. */
  public static String escape(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> {
          // Control characters other than tab and newline are not allowed in HTML or XML text.
          if (c < 0x20 && c != '\t' && c != '\n') {
            out.append(' ');
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }

  /** {@code text} cut to {@code max} characters, with an ellipsis when cut. */
  public static String shorten(String text, int max) {
    if (text == null || text.length() <= max) {
      return text;
    }
    return text.substring(0, Math.max(0, max - 1)) + "…";
  }
}
