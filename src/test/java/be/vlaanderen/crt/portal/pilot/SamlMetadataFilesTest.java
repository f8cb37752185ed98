package be.vlaanderen.crt.portal.pilot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.vlaanderen.crt.portal.pilot.Finding.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The check on whole metadata files in the shape service providers really publish (Shibboleth SP 3
 * layout: algorithm support, UI info, signing and encryption keys, SLO, several endpoints,
 * requested attributes, organisation, contacts) and on hostile and broken files.
 */
class SamlMetadataFilesTest {

  /** A day on which the encryption certificate is valid and the old signing one long expired. */
  static final Instant DAY = Instant.parse("2026-06-01T10:00:00Z");

  static List<Finding> check(String file) throws IOException {
    try (InputStream in =
        SamlMetadataFilesTest.class.getResourceAsStream("/saml/metadata/" + file)) {
      return SamlMetadataCheck.check(in.readAllBytes(), DAY);
    }
  }

  static Set<String> codes(List<Finding> findings, Severity severity) {
    return findings.stream()
        .filter(f -> f.severity() == severity)
        .map(Finding::code)
        .collect(Collectors.toSet());
  }

  @Test
  void aCompleteServiceProviderPassesTheSchemaAndEveryCheck() throws IOException {
    List<Finding> findings = check("sp-shibboleth.xml");
    assertEquals(Set.of(), codes(findings, Severity.ERROR), findings.toString());
    assertEquals(Set.of(), codes(findings, Severity.WARNING), findings.toString());
    String all = findings.toString();
    assertTrue(all.contains("https://eloket.voorbeeldgem.invalid/shibboleth"), all);
    assertTrue(all.contains("persistent") && all.contains("transient"), all);
    assertTrue(codes(findings, Severity.INFO).contains("CERT_VALID"), all);
  }

  @Test
  void anExpiredSigningCertificateIsAnErrorOnItsLine() throws IOException {
    List<Finding> findings = check("sp-expired-certificate.xml");
    Finding expired =
        findings.stream().filter(f -> f.code().equals("CERT_EXPIRED")).findFirst().orElseThrow();
    assertEquals(Severity.ERROR, expired.severity());
    assertEquals(26, expired.line(), expired.toString());
    assertTrue(expired.message().contains("2024"), expired.message());
    // The encryption certificate of the same file is still fine.
    assertTrue(codes(findings, Severity.INFO).contains("CERT_VALID"), findings.toString());
  }

  @Test
  void aPlainHttpEndpointIsAnErrorAndTheOtherEndpointIsNot() throws IOException {
    List<Finding> findings = check("sp-http-acs.xml");
    List<Finding> acs = findings.stream().filter(f -> f.code().equals("ACS_NOT_HTTPS")).toList();
    assertEquals(1, acs.size(), findings.toString());
    assertEquals(Severity.ERROR, acs.get(0).severity());
    // The start tag spans two lines; the line of its Location attribute is reported.
    assertEquals(81, acs.get(0).line(), acs.get(0).toString());
    assertTrue(acs.get(0).message().contains("http://eloket.voorbeeldgem.invalid"));
  }

  @Test
  void hostileAndBrokenFilesAreRefusedWithoutBeingRead() throws IOException {
    for (String file : List.of("xxe.xml", "billion-laughs.xml")) {
      List<Finding> findings = check(file);
      assertEquals(1, findings.size(), file + " " + findings);
      assertEquals("NOT_XML", findings.get(0).code(), file);
      assertTrue(findings.get(0).message().contains("DOCTYPE"), findings.get(0).message());
      assertTrue(findings.stream().noneMatch(f -> f.message().contains("root:")), file);
    }
    List<Finding> malformed = check("malformed.xml");
    assertEquals("NOT_XML", malformed.get(0).code());
    assertEquals(6, malformed.get(0).line(), malformed.toString());
  }
}
