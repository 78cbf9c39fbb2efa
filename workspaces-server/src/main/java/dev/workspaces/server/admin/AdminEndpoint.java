package dev.workspaces.server.admin;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.Optional;
import org.apiguardian.api.API;

/** The admin endpoints: each one's path under {@value #PREFIX} and the one method it is served with. */
@API(status = INTERNAL)
public enum AdminEndpoint {
  /** {@code POST /_admin/reset}: a fresh state. */
  RESET("reset", "POST"),
  /** {@code POST /_admin/advance}: moves virtual time forward. */
  ADVANCE("advance", "POST"),
  /** {@code POST /_admin/directories}: adds a directory to the catalogue. */
  DIRECTORIES("directories", "POST"),
  /** {@code GET /_admin/state}: the state dump. */
  STATE("state", "GET"),
  /** {@code POST /_admin/connect}: a user connects to a WorkSpace. */
  CONNECT("connect", "POST"),
  /** {@code POST /_admin/disconnect}: the connected user of a WorkSpace disconnects. */
  DISCONNECT("disconnect", "POST"),
  /** {@code GET /_admin/health}: whether the server answers, with its virtual time. */
  HEALTH("health", "GET"),
  /** {@code GET /_admin/export}: the whole state, as {@code StateJson} writes it. */
  EXPORT("export", "GET"),
  /** {@code POST /_admin/import}: replaces the whole state with one {@code StateJson} wrote. */
  IMPORT("import", "POST");

  /** The path every admin endpoint is under. */
  public static final String PREFIX = "/_admin/";

  private final String path;
  private final String method;

  AdminEndpoint(String name, String method) {
    this.path = PREFIX + name;
    this.method = method;
  }

  /** Returns the endpoint at {@code path}, if any (case-sensitive). */
  public static Optional<AdminEndpoint> at(String path) {
    for (AdminEndpoint endpoint : values()) {
      if (endpoint.path.equals(path)) {
        return Optional.of(endpoint);
      }
    }
    return Optional.empty();
  }

  /** Returns the path ({@code /_admin/reset}). */
  public String path() {
    return path;
  }

  /** Returns the one method it is served with ({@code POST} or {@code GET}). */
  public String method() {
    return method;
  }
}
