package be.vlaanderen.crt.portal.security.oidc;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.DefaultJOSEObjectTypeVerifier;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.LogoutRequest;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponseParser;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import com.nimbusds.openid.connect.sdk.validators.IDTokenValidator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.net.URI;
import java.time.Instant;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The portal as an OpenID Connect relying party (Nimbus OAuth 2.0 SDK): the provider's metadata and
 * keys (read once, keys refreshed when the provider rotates them), the authorization request with
 * state, nonce and PKCE (S256), the code exchange with the client secret, the ID token's checks
 * (signature, issuer, audience, expiry, nonce), RP-initiated logout, and the provider's access
 * tokens on the API.
 */
@ApplicationScoped
public class OidcClient {

  private static final Logger LOG = Logger.getLogger(OidcClient.class.getName());
  private static final int TIMEOUT_MS = 5_000;

  /** Clock difference tolerated between the provider and the portal. */
  static final int CLOCK_SKEW_SECONDS = 60;

  @Inject OidcSettings settings;

  private volatile Provider provider;

  /** What the browser's session keeps between the redirect to the provider and its return. */
  public record Pending(
      String state, String nonce, String verifier, String redirectUri, String next, Instant at)
      implements Serializable {}

  /** A verified login: the ID token's subject and claims, and when the token ends. */
  public record Verified(
      String subject, Map<String, Object> claims, Instant expiresAt, String idToken) {}

  /** The login could not be completed (a provider error, a bad or replayed answer). */
  public static final class OidcFailure extends Exception {
    private static final long serialVersionUID = 1L;

    OidcFailure(String message, Throwable cause) {
      super(message, cause);
    }
  }

  private record Provider(
      OIDCProviderMetadata metadata,
      IDTokenValidator idTokens,
      DefaultJWTProcessor<SecurityContext> accessTokens) {}

  /** A new login: where to send the browser, and what to keep in its session. */
  public record Start(URI location, Pending pending) {}

  public Start start(URI redirectUri, String next) throws OidcFailure {
    Provider p = provider();
    State state = new State();
    Nonce nonce = new Nonce();
    CodeVerifier verifier = new CodeVerifier();
    URI location =
        new AuthenticationRequest.Builder(
                new ResponseType(ResponseType.Value.CODE),
                new Scope(settings.scopes().toArray(String[]::new)),
                new ClientID(settings.clientId()),
                redirectUri)
            .endpointURI(p.metadata().getAuthorizationEndpointURI())
            .state(state)
            .nonce(nonce)
            .codeChallenge(verifier, CodeChallengeMethod.S256)
            .build()
            .toURI();
    return new Start(
        location,
        new Pending(
            state.getValue(),
            nonce.getValue(),
            verifier.getValue(),
            redirectUri.toString(),
            next,
            Instant.now()));
  }

  /**
   * Exchanges the code for tokens and checks the ID token. The caller has already compared the
   * returned state with the pending one.
   */
  public Verified finish(String code, Pending pending) throws OidcFailure {
    Provider p = provider();
    try {
      TokenRequest request =
          new TokenRequest(
              p.metadata().getTokenEndpointURI(),
              new ClientSecretBasic(
                  new ClientID(settings.clientId()), new Secret(settings.clientSecret())),
              new AuthorizationCodeGrant(
                  new AuthorizationCode(code),
                  URI.create(pending.redirectUri()),
                  new CodeVerifier(pending.verifier())));
      HTTPRequest http = request.toHTTPRequest();
      http.setConnectTimeout(TIMEOUT_MS);
      http.setReadTimeout(TIMEOUT_MS);
      TokenResponse response = OIDCTokenResponseParser.parse(http.send());
      if (!response.indicatesSuccess()) {
        throw new OidcFailure(
            "The provider refused the code: "
                + response.toErrorResponse().getErrorObject().getCode(),
            null);
      }
      var idToken = ((OIDCTokenResponse) response.toSuccessResponse()).getOIDCTokens().getIDToken();
      var claims = p.idTokens().validate(idToken, new Nonce(pending.nonce()));
      return new Verified(
          claims.getSubject().getValue(),
          claims.toJWTClaimsSet().getClaims(),
          claims.getExpirationTime().toInstant(),
          idToken.serialize());
    } catch (OidcFailure e) {
      throw e;
    } catch (Exception e) {
      throw new OidcFailure("The login could not be completed: " + e.getMessage(), e);
    }
  }

  /** Where to send the browser to end the session with the provider too; null if it cannot. */
  public URI logout(String idToken, URI afterwards) {
    try {
      URI endpoint = provider().metadata().getEndSessionEndpointURI();
      if (endpoint == null) {
        return null;
      }
      return new LogoutRequest(endpoint, JWTParser.parse(idToken), afterwards, null).toURI();
    } catch (Exception e) {
      LOG.log(Level.WARNING, "No logout at the provider: {0}", e.getMessage());
      return null;
    }
  }

  /**
   * The claims of a provider's access token sent to the API (signature, issuer, audience = this
   * client, expiry), or empty when it is not one.
   */
  public java.util.Optional<JWTClaimsSet> accessToken(String token) {
    try {
      return java.util.Optional.of(provider().accessTokens().process(token, null));
    } catch (Exception e) {
      return java.util.Optional.empty();
    }
  }

  private Provider provider() throws OidcFailure {
    Provider p = provider;
    if (p != null) {
      return p;
    }
    synchronized (this) {
      if (provider == null) {
        provider = load();
      }
      return provider;
    }
  }

  private Provider load() throws OidcFailure {
    try {
      OIDCProviderMetadata metadata =
          OIDCProviderMetadata.resolve(new Issuer(settings.issuer()), TIMEOUT_MS, TIMEOUT_MS);
      JWKSource<SecurityContext> keys =
          JWKSourceBuilder.create(metadata.getJWKSetURI().toURL()).retrying(true).build();
      IDTokenValidator idTokens =
          new IDTokenValidator(
              metadata.getIssuer(),
              new ClientID(settings.clientId()),
              new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, keys),
              null);
      idTokens.setMaxClockSkew(CLOCK_SKEW_SECONDS);
      DefaultJWTProcessor<SecurityContext> accessTokens = new DefaultJWTProcessor<>();
      accessTokens.setJWSTypeVerifier(
          new DefaultJOSEObjectTypeVerifier<>(
              JOSEObjectType.JWT, new JOSEObjectType("at+jwt"), null));
      accessTokens.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, keys));
      DefaultJWTClaimsVerifier<SecurityContext> verifier =
          new DefaultJWTClaimsVerifier<>(
              settings.clientId(),
              new JWTClaimsSet.Builder().issuer(metadata.getIssuer().getValue()).build(),
              new HashSet<>(Set.of("sub", "exp")));
      verifier.setMaxClockSkew(CLOCK_SKEW_SECONDS);
      accessTokens.setJWTClaimsSetVerifier(verifier);
      return new Provider(metadata, idTokens, accessTokens);
    } catch (Exception e) {
      // Not kept: the next login tries again (the provider may be back).
      throw new OidcFailure("The provider's metadata could not be read: " + e.getMessage(), e);
    }
  }
}
