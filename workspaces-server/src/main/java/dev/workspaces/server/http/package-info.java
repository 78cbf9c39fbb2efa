/**
 * The HTTP/1.1 transport: accepts connections, reads each request's head and body, hands it to a
 * {@link dev.workspaces.server.http.RequestHandler} and writes the
 * {@link dev.workspaces.server.http.HttpReply} it returns; it knows nothing of WorkSpaces.
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
