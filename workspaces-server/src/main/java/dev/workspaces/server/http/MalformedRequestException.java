package dev.workspaces.server.http;

import java.io.IOException;

/**
 * Bytes on a connection that are not an HTTP/1.x request this server can read (a bad request line,
 * header, length or chunk). The connection gets a 400 reply and is closed, since where the next
 * request would begin is unknown.
 */
final class MalformedRequestException extends IOException {
  private static final long serialVersionUID = 1L;

  MalformedRequestException(String message) {
    super(message);
  }
}
