package dev.workspaces.server.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.workspaces.engine.Scope;
import dev.workspaces.server.ServerConfig;
import org.junit.jupiter.api.Test;

/** The caller's scope comes from the SigV4 credential, with defaults for everything missing. */
class CallersTest {
  private final Callers callers = new Callers(ServerConfig.defaults().withAccessKey("AKIDMAPPED", "999988887777"));

  private static String sigV4(String credential) {
    return "AWS4-HMAC-SHA256 Credential=" + credential
        + ", SignedHeaders=content-type;host;x-amz-date;x-amz-target, Signature=abc123";
  }

  @Test
  void aTwelveDigitKeyIsTheAccountAndTheScopeGivesTheRegion() {
    assertEquals(Scope.of("111122223333", "eu-west-1"),
        callers.scopeOf(sigV4("111122223333/20261121/eu-west-1/workspaces/aws4_request")));
  }

  @Test
  void aMappedKeyGivesItsAccount() {
    assertEquals(Scope.of("999988887777", "us-west-2"),
        callers.scopeOf(sigV4("AKIDMAPPED/20261121/us-west-2/workspaces/aws4_request")));
  }

  @Test
  void anyOtherKeyGivesTheDefaultAccount() {
    assertEquals(Scope.of("123456789012", "us-east-1"),
        callers.scopeOf(sigV4("AKIDEXAMPLE/20261121/us-east-1/workspaces/aws4_request")));
    assertEquals(Scope.of("123456789012", "us-east-1"),
        callers.scopeOf(sigV4("1234567890123/20261121/us-east-1/workspaces/aws4_request")));
  }

  @Test
  void lowerCaseHeadersAsTheJavaScriptSdkSendsThemWork() {
    // Header names are matched by the HTTP layer; the value format is the same for every client.
    assertEquals(Scope.of("111122223333", "ap-south-1"), callers.scopeOf(
        "AWS4-HMAC-SHA256 Credential=111122223333/20261121/ap-south-1/workspaces/aws4_request,"
            + "SignedHeaders=host,Signature=00"));
  }

  @Test
  void missingOrForeignAuthorizationGivesTheDefaults() {
    assertEquals(Scope.DEFAULT, callers.scopeOf(null));
    assertEquals(Scope.DEFAULT, callers.scopeOf("Bearer token"));
    assertEquals(Scope.DEFAULT, callers.scopeOf(sigV4("")));
    assertEquals(Scope.of("111122223333", "us-east-1"), callers.scopeOf(sigV4("111122223333")));
    assertEquals(Scope.of("111122223333", "us-east-1"),
        callers.scopeOf(sigV4("111122223333/20261121//workspaces/aws4_request")));
    assertEquals(Scope.of("111122223333", "us-east-1"),
        callers.scopeOf(sigV4("111122223333/20261121/<script>/workspaces/aws4_request")));
  }
}
