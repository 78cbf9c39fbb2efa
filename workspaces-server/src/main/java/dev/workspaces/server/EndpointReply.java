package dev.workspaces.server;

import com.google.common.collect.ImmutableSortedMap;
import dev.workspaces.server.http.HttpReply;

/**
 * A complete HTTP reply of the endpoint: status, headers (Content-Type, x-amzn-RequestId,
 * X-Amzn-ErrorType on errors, and any others), and the JSON body.
 *
 * @param status the HTTP status
 * @param headers the headers, sorted case-insensitively by name
 * @param body the UTF-8 JSON body
 */
public record EndpointReply(int status, ImmutableSortedMap<String, String> headers, byte[] body)
    implements HttpReply {}
