package org.hrcsearch.api.http;

import io.javalin.http.Context;
import java.util.List;

/** Reads and validates query parameters, failing with a 400 that says what is allowed. */
final class Params {
  private Params() {}

  static String string(Context ctx, String name, String fallback) {
    String v = ctx.queryParam(name);
    return v == null ? fallback : v;
  }

  static int intInRange(Context ctx, String name, int fallback, int min, int max) {
    String v = ctx.queryParam(name);
    if (v == null || v.isBlank()) {
      return fallback;
    }
    try {
      int n = Integer.parseInt(v.strip());
      if (n < min || n > max) {
        throw ApiException.badRequest(name + " must be " + min + "-" + max + ", got " + n);
      }
      return n;
    } catch (NumberFormatException e) {
      throw ApiException.badRequest(name + " must be a whole number from " + min + " to " + max + ", got '"
          + abbreviate(v) + "'");
    }
  }

  static List<String> all(Context ctx, String name) {
    return ctx.queryParams(name).stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  static String abbreviate(String s) {
    return s.length() <= 40 ? s : s.substring(0, 40) + "…";
  }
}
