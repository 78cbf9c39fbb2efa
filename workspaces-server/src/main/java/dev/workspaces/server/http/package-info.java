/**
 * The HTTP/1.1 transport, on Jetty 12's core server: accepts connections, has Jetty frame each
 * request, reads its body within the limits, hands it to a
 * {@link dev.workspaces.server.http.RequestHandler} and writes the
 * {@link dev.workspaces.server.http.HttpReply} it returns; it knows nothing of WorkSpaces, and
 * nothing outside it knows of Jetty.
 *
 * <p>Internal: these types may change in any release. Nothing here is {@code null} unless marked
 * {@code @Nullable}.
 */
@API(status = INTERNAL)
@CheckReturnValue
@NullMarked
package dev.workspaces.server.http;

import static org.apiguardian.api.API.Status.INTERNAL;

import com.google.errorprone.annotations.CheckReturnValue;
import org.apiguardian.api.API;
import org.jspecify.annotations.NullMarked;
