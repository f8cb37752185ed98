package be.vlaanderen.crt.portal.pilot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.vlaanderen.crt.portal.pilot.Finding.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * SAML metadata checks on real metadata documents: the OASIS schema, HTTPS endpoints, certificate
 * expiry (a real X.509 certificate valid from 2025-01-01 to 2027-01-01), NameID formats, and
 * hostile XML refused without being read.
 */
class SamlMetadataCheckTest {

  private static final Instant IN_2026 = Instant.parse("2026-01-01T00:00:00Z");

  private static String cert() throws IOException {
    try (InputStream in = SamlMetadataCheckTest.class.getResourceAsStream("/saml/sp-cert.b64")) {
      return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
    }
  }

  private static String metadata(String entityId, String acs, String cert, String nameId) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<md:EntityDescriptor xmlns:md=\"urn:oasis:names:tc:SAML:2.0:metadata\" xmlns:ds=\"http://www.w3.org/2000/09/xmldsig#\""
        + (entityId == null ? "" : " entityID=\"" + entityId + "\"")
        + ">\n"
        + "  <md:SPSSODescriptor protocolSupportEnumeration=\"urn:oasis:names:tc:SAML:2.0:protocol\">\n"
        + "    <md:KeyDescriptor use=\"signing\">\n"
        + "      <ds:KeyInfo><ds:X509Data><ds:X509Certificate>"
        + cert
        + "</ds:X509Certificate></ds:X509Data></ds:KeyInfo>\n"
        + "    </md:KeyDescriptor>\n"
        + (nameId == null ? "" : "    <md:NameIDFormat>" + nameId + "</md:NameIDFormat>\n")
        + "    <md:AssertionConsumerService Binding=\"urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST\" Location=\""
        + acs
        + "\" index=\"0\"/>\n"
        + "  </md:SPSSODescriptor>\n"
        + "</md:EntityDescriptor>\n";
  }

  private static List<Finding> check(String xml, Instant now) {
    return SamlMetadataCheck.check(xml.getBytes(StandardCharsets.UTF_8), now);
  }

  private static List<String> codes(List<Finding> findings, Severity severity) {
    return findings.stream().filter(f -> f.severity() == severity).map(Finding::code).toList();
  }

  @Test
  void goodMetadataPassesTheSchemaAndTheChecks() throws IOException {
    List<Finding> findings =
        check(
            metadata(
                "https://loket.gemeente.example/sp",
                "https://loket.gemeente.example/saml/acs",
                cert(),
                "urn:oasis:names:tc:SAML:2.0:nameid-format:persistent"),
            IN_2026);
    assertEquals(List.of(), codes(findings, Severity.ERROR), findings.toString());
    assertEquals(List.of(), codes(findings, Severity.WARNING), findings.toString());
    assertTrue(
        findings.stream()
            .anyMatch(
                f ->
                    f.code().equals("CERT_VALID")
                        && f.message().contains("2027-01-01")
                        && f.line() == 5));
    assertTrue(
        findings.stream()
            .anyMatch(
                f -> f.message().contains("urn:oasis:names:tc:SAML:2.0:nameid-format:persistent")));
  }

  @Test
  void certificatesWarnBeforeTheyExpireAndFailAfter() throws IOException {
    String xml =
        metadata(
            "https://a.example/sp",
            "https://a.example/acs",
            cert(),
            "urn:oasis:names:tc:SAML:2.0:nameid-format:transient");
    assertEquals(
        List.of("CERT_EXPIRES_SOON"),
        codes(check(xml, Instant.parse("2026-12-01T00:00:00Z")), Severity.WARNING));
    List<Finding> expired = check(xml, Instant.parse("2027-02-01T00:00:00Z"));
    assertEquals(List.of("CERT_EXPIRED"), codes(expired, Severity.ERROR));
    assertTrue(
        expired.get(expired.size() - 1).message().contains("ondertekeningscertificaat")
            || expired.stream().anyMatch(f -> f.message().contains("verlopen op 2027-01-01")));
  }

  @Test
  void plainHttpEndpointsAndMissingPiecesAreErrorsWithTheirLine() throws IOException {
    List<Finding> http =
        check(metadata("https://a.example/sp", "http://a.example/acs", cert(), null), IN_2026);
    Finding acs =
        http.stream().filter(f -> f.code().equals("ACS_NOT_HTTPS")).findFirst().orElseThrow();
    assertEquals(7, acs.line());
    assertTrue(acs.message().contains("http://a.example/acs"));
    assertTrue(codes(http, Severity.WARNING).contains("NO_NAMEID_FORMAT"));

    List<Finding> noEntity = check(metadata(null, "https://a.example/acs", cert(), null), IN_2026);
    assertTrue(codes(noEntity, Severity.ERROR).contains("NO_ENTITY_ID"));
    assertTrue(
        codes(noEntity, Severity.ERROR).contains("SCHEMA"),
        "entityID is required by the schema too");

    List<Finding> badCert =
        check(
            metadata(
                "https://a.example/sp", "https://a.example/acs", "bm90IGEgY2VydGlmaWNhdGU=", null),
            IN_2026);
    assertTrue(codes(badCert, Severity.ERROR).contains("CERT_UNREADABLE"));
  }

  @Test
  void theSchemaFindsWhatDoesNotBelong() throws IOException {
    String xml =
        metadata("https://a.example/sp", "https://a.example/acs", cert(), null)
            .replace(
                "<md:AssertionConsumerService", "<md:Unknown/>\n    <md:AssertionConsumerService");
    Finding schema =
        check(xml, IN_2026).stream()
            .filter(f -> f.code().equals("SCHEMA"))
            .findFirst()
            .orElseThrow();
    assertEquals(7, schema.line());
    assertTrue(schema.message().startsWith("Regel 7"));
  }

  @Test
  void hostileOrBrokenXmlIsRefusedUnread() {
    String xxe =
        "<?xml version=\"1.0\"?>\n<!DOCTYPE md [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n"
            + "<md:EntityDescriptor xmlns:md=\"urn:oasis:names:tc:SAML:2.0:metadata\" entityID=\"&x;\"/>";
    List<Finding> hostile = check(xxe, IN_2026);
    assertEquals(1, hostile.size());
    assertEquals("NOT_XML", hostile.get(0).code());
    assertTrue(hostile.get(0).message().contains("DOCTYPE"));

    List<Finding> broken =
        check(
            "<md:EntityDescriptor xmlns:md=\"urn:oasis:names:tc:SAML:2.0:metadata\">\n<oops>",
            IN_2026);
    assertEquals("NOT_XML", broken.get(0).code());
    assertTrue(broken.get(0).line() >= 2);

    assertEquals(
        "NOT_METADATA",
        check("<html><body>hallo</body></html>", IN_2026).stream()
            .filter(f -> f.code().equals("NOT_METADATA"))
            .findFirst()
            .orElseThrow()
            .code());
    assertEquals("EMPTY", SamlMetadataCheck.check(new byte[0], IN_2026).get(0).code());
  }
}
