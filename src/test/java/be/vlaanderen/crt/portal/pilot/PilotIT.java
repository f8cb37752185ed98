package be.vlaanderen.crt.portal.pilot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.vlaanderen.crt.portal.testsupport.ApiClient;
import be.vlaanderen.crt.portal.testsupport.Browser;
import be.vlaanderen.crt.portal.testsupport.PageClient;
import be.vlaanderen.crt.portal.testsupport.PortalIT;
import be.vlaanderen.crt.portal.testsupport.TestServices;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * The ACM/IDM pilot on Payara Micro, MariaDB and S3: sign-up, the selection proposal and its
 * confirmation into groups, dossiers with SAML and OIDC checks, the status state machine, the test
 * plan, the register with its reports, evaluations and the KPIs on a dataset with known answers.
 *
 * <p>The pilot has one selection per database, made by {@link PilotFixture}; the tests work on its
 * selected municipalities and run in order because the KPI figures of the known dataset are counted
 * over the whole pilot before the other tests add dossiers to it.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PilotIT extends PortalIT {

  static final Map<Long, String> SELECTED = PilotFixture.SELECTED;

  static final String TAG = PilotFixture.TAG;

  @BeforeEach
  void selection() {
    PilotFixture.select(base);
  }

  /** The selected municipalities of group 1 (the analyst's), in a stable order. */
  private List<Long> groupOne() {
    return PilotFixture.groupOne(api);
  }

  static String dossier(String application, String protocol, String extra) {
    return "{\"application\":\""
        + application
        + "\",\"applicationOwner\":\"Dienst Burgerzaken\",\"audiences\":[\"CITIZENS\",\"STAFF\"],\"expectedUsers\":1200,"
        + "\"protocol\":\""
        + protocol
        + "\",\"bulkUpload\":false,\"entitlementScanner\":true,"
        + "\"roles\":[{\"localRole\":\"Loketmedewerker\",\"buildingBlockRole\":\"GemeenteLoket-medewerker\",\"context\":\"OVO-code gemeente\"}]"
        + extra
        + "}";
  }

  private long create(String user, long municipality, String application) {
    HttpResponse<String> created =
        api.postJson(
            user,
            "api/pilot/dossiers",
            dossier(application, "SAML2", ",\"municipalityId\":" + municipality));
    assertEquals(201, created.statusCode(), created.body());
    return ApiClient.object(created).getInt("id");
  }

  private HttpResponse<String> move(
      String user, long dossier, String block, String env, String state) {
    return api.put(
        user,
        "api/pilot/dossiers/" + dossier + "/status/" + block + "/" + env,
        "{\"state\":\"" + state + "\"}");
  }

  private void succeed(long dossier, String block, String env) {
    for (String s : List.of("IN_PROGRESS", "TESTING", "SUCCEEDED")) {
      HttpResponse<String> r = move("analist", dossier, block, env, s);
      assertEquals(200, r.statusCode(), block + env + s + " " + r.body());
    }
  }

  @Test
  @Order(2)
  void kpisCountSuccessfulIntegrationsPerEnvironmentOnAKnownDataset() {
    List<Long> g1 = groupOne();
    long a = g1.get(0);
    long b = g1.get(1);
    long c = g1.get(2);
    long a1 = create("analist", a, "e-Loket");
    long a2 = create("analist", a, "Afsprakenmodule");
    long b1 = create("analist", b, "Vergunningen");
    long c1 = create("analist", c, "Intranet");
    // Satisfaction before the integration: open until a dossier's status first changes, and
    // without the eagerness question, which comes after go-live.
    HttpResponse<String> eagerTooSoon =
        api.put(
            SELECTED.get(a),
            "api/pilot/evaluations/mine",
            "{\"moment\":\"BEFORE\",\"satisfaction\":4,\"eagerness\":3}");
    assertEquals(400, eagerTooSoon.statusCode(), eagerTooSoon.body());
    assertTrue(
        ApiClient.object(eagerTooSoon).getString("message").contains("na de ingebruikname"),
        eagerTooSoon.body());
    for (long[] e : new long[][] {{a, 4}, {c, 2}}) {
      HttpResponse<String> before =
          api.put(
              SELECTED.get(e[0]),
              "api/pilot/evaluations/mine",
              "{\"moment\":\"BEFORE\",\"satisfaction\":" + e[1] + "}");
      assertEquals(204, before.statusCode(), before.body());
    }
    HttpResponse<String> duringTooSoon =
        api.put(
            SELECTED.get(c),
            "api/pilot/evaluations/mine",
            "{\"moment\":\"DURING\",\"satisfaction\":4}");
    assertEquals(400, duringTooSoon.statusCode(), duringTooSoon.body());
    assertTrue(
        ApiClient.object(duringTooSoon).getString("message").contains("voor het eerst wijzigt"),
        duringTooSoon.body());
    // The evaluation comes after going live in production.
    HttpResponse<String> early =
        api.put(
            SELECTED.get(c), "api/pilot/evaluations/mine", "{\"satisfaction\":3,\"eagerness\":3}");
    assertEquals(400, early.statusCode());
    assertTrue(ApiClient.object(early).getString("message").contains("productie"), early.body());
    succeed(a1, "ACM", "TI");
    succeed(a2, "ACM", "TI");
    succeed(a1, "ACM", "PRD");
    succeed(b1, "IDM", "TI");
    succeed(b1, "IDM", "PRD");
    succeed(c1, "ACM", "TI");
    // The integration has started: "before" is closed, "during" is open.
    HttpResponse<String> beforeClosed =
        api.put(
            SELECTED.get(c),
            "api/pilot/evaluations/mine",
            "{\"moment\":\"BEFORE\",\"satisfaction\":5}");
    assertEquals(400, beforeClosed.statusCode(), beforeClosed.body());
    assertTrue(
        ApiClient.object(beforeClosed).getString("message").contains("al gestart"),
        beforeClosed.body());
    assertEquals(
        204,
        api.put(
                SELECTED.get(c),
                "api/pilot/evaluations/mine",
                "{\"moment\":\"DURING\",\"satisfaction\":4}")
            .statusCode());
    succeed(c1, "ACM", "PRD");
    for (long[] e : new long[][] {{a, 5, 4}, {b, 4, 5}, {c, 2, 3}}) {
      HttpResponse<String> r =
          api.put(
              SELECTED.get(e[0]),
              "api/pilot/evaluations/mine",
              "{\"satisfaction\":"
                  + e[1]
                  + ",\"eagerness\":"
                  + e[2]
                  + ",\"comments\":\"Vlot verlopen\"}");
      assertEquals(204, r.statusCode(), r.body());
    }
    assertEquals(
        400,
        api.put(
                SELECTED.get(a),
                "api/pilot/evaluations/mine",
                "{\"satisfaction\":6,\"eagerness\":3}")
            .statusCode());
    // A fraction is refused, not cut off.
    assertEquals(
        400,
        api.put(
                SELECTED.get(a),
                "api/pilot/evaluations/mine",
                "{\"satisfaction\":3.7,\"eagerness\":3}")
            .statusCode());

    HttpResponse<String> response = api.get("steering", "api/pilot/kpis");
    assertEquals(200, response.statusCode(), response.body());
    JsonObject k = ApiClient.object(response);
    assertCount(k.getJsonObject("acmTi"), 3, 2);
    assertCount(k.getJsonObject("acmPrd"), 2, 2);
    assertCount(k.getJsonObject("idmTi"), 1, 1);
    assertCount(k.getJsonObject("idmPrd"), 1, 1);
    assertEquals(4, k.getInt("dossiers"));
    assertEquals(30, k.getInt("municipalities"));
    JsonObject satisfaction = k.getJsonObject("satisfaction");
    assertEquals("3.67", satisfaction.getJsonNumber("average").bigDecimalValue().toPlainString());
    assertEquals(3, satisfaction.getInt("responses"));
    assertEquals(1, satisfaction.getJsonObject("distribution").getInt("5"));
    assertEquals(0, satisfaction.getJsonObject("distribution").getInt("1"));
    assertEquals(
        "4.00",
        k.getJsonObject("eagerness").getJsonNumber("average").bigDecimalValue().toPlainString());
    // The three moments of satisfaction: before (Aalst 4, c 2), during (c 4), after (above).
    JsonObject before = k.getJsonObject("satisfactionBefore");
    assertEquals("3.00", before.getJsonNumber("average").bigDecimalValue().toPlainString());
    assertEquals(2, before.getInt("responses"));
    JsonObject during = k.getJsonObject("satisfactionDuring");
    assertEquals("4.00", during.getJsonNumber("average").bigDecimalValue().toPlainString());
    assertEquals(1, during.getInt("responses"));
    String kpiPage = PageClient.logIn(base, "steering").get("pilot/kpis.xhtml").body();
    assertTrue(
        kpiPage.contains("Tevredenheid: V\u00f3\u00f3r de integratie")
            && kpiPage.contains("Tevredenheid: Tijdens de integratie")
            && kpiPage.contains("Tevredenheid: Na de ingebruikname"),
        "the KPI page shows the three moments");
    assertTrue(
        kpiPage.contains("<strong>3</strong>") && kpiPage.contains("<strong>3,67</strong>"),
        "averages per moment, Dutch");
    JsonArray byGroup = k.getJsonArray("byGroup");
    assertEquals(5, byGroup.size());
    assertCount(byGroup.getJsonObject(0).getJsonObject("acmTi"), 3, 2);
    assertCount(byGroup.getJsonObject(0).getJsonObject("idmPrd"), 1, 1);
    assertCount(byGroup.getJsonObject(1).getJsonObject("acmTi"), 0, 0);
    assertEquals(6, byGroup.getJsonObject(0).getInt("municipalities"));

    // Each figure links to its dossiers.
    JsonArray behind =
        ApiClient.array(api.get("coordinator", "api/pilot/dossiers?succeeded=ACM_TI"));
    assertEquals(3, behind.size());
    assertEquals(400, api.get("coordinator", "api/pilot/dossiers?succeeded=XYZ").statusCode());

    assertEquals(200, api.get("coordinator", "api/pilot/kpis").statusCode());
    assertEquals(403, api.get("analist", "api/pilot/kpis").statusCode());
    assertEquals(403, api.get(SELECTED.get(a), "api/pilot/kpis").statusCode());
  }

  private static void assertCount(JsonObject count, int integrations, int municipalities) {
    assertEquals(integrations, count.getInt("integrations"), count.toString());
    assertEquals(municipalities, count.getInt("municipalities"), count.toString());
  }

  @Test
  @Order(3)
  void theStateMachineRefusesNonsenseAndRecordsEveryTransition() {
    long town = groupOne().get(3);
    long d = create("analist", town, "Parkeerbeheer");
    assertEquals(403, move(SELECTED.get(town), d, "ACM", "TI", "IN_PROGRESS").statusCode());
    HttpResponse<String> jump = move("analist", d, "ACM", "TI", "SUCCEEDED");
    assertEquals(409, jump.statusCode());
    assertTrue(ApiClient.object(jump).getString("message").contains("niet toegelaten"));
    assertEquals(200, move("analist", d, "ACM", "PRD", "IN_PROGRESS").statusCode());
    HttpResponse<String> prdFirst = move("analist", d, "ACM", "PRD", "TESTING");
    assertEquals(409, prdFirst.statusCode());
    assertTrue(ApiClient.object(prdFirst).getString("message").contains("T&I"), prdFirst.body());
    succeed(d, "ACM", "TI");
    assertEquals(200, move("analist", d, "ACM", "PRD", "TESTING").statusCode());
    assertEquals(200, move("coordinator", d, "ACM", "PRD", "SUCCEEDED").statusCode());
    assertEquals(400, move("analist", d, "ACM", "MARS", "TESTING").statusCode());
    // T&I cannot fall back while production succeeded on it.
    HttpResponse<String> fallBack = move("analist", d, "ACM", "TI", "FAILED");
    assertEquals(409, fallBack.statusCode());
    assertTrue(
        ApiClient.object(fallBack).getString("message").contains("productie"), fallBack.body());
    JsonArray transitions =
        ApiClient.array(api.get("analist", "api/pilot/dossiers/" + d + "/transitions"));
    assertEquals(6, transitions.size());
    assertEquals("SUCCEEDED", transitions.getJsonObject(0).getString("to"));
    assertEquals("coordinator", transitions.getJsonObject(0).getString("actor"));
    assertEquals(
        6,
        TestServices.number(
            "SELECT COUNT(*) FROM audit_event WHERE action = 'INTEGRATION_STATUS_CHANGED' AND object_id = ?",
            d));
    JsonObject view = ApiClient.object(api.get("analist", "api/pilot/dossiers/" + d));
    assertEquals(
        "SUCCEEDED",
        view.getJsonArray("statuses").stream()
            .map(JsonValue::asJsonObject)
            .filter(s -> s.getString("key").equals("ACM_PRD"))
            .findFirst()
            .orElseThrow()
            .getString("state"));

    // Test plan on ACM T&I: outcomes, a failure needs a note, evidence is a document.
    JsonArray plan =
        ApiClient.array(api.get(SELECTED.get(town), "api/pilot/dossiers/" + d + "/tests/ACM/TI"));
    assertEquals(7, plan.size());
    long login = plan.getJsonObject(0).getInt("caseId");
    assertEquals(
        400,
        api.put(
                SELECTED.get(town),
                "api/pilot/dossiers/" + d + "/tests/ACM/TI/" + login,
                "{\"outcome\":\"FAIL\"}")
            .statusCode());
    assertEquals(
        204,
        api.put(
                SELECTED.get(town),
                "api/pilot/dossiers/" + d + "/tests/ACM/TI/" + login,
                "{\"outcome\":\"PASS\",\"note\":\"itsme en eID\"}")
            .statusCode());
    HttpResponse<String> evidence =
        api.uploadTo(
            SELECTED.get(town),
            "api/pilot/dossiers/" + d + "/tests/ACM/TI/" + login + "/evidence",
            "login.pdf",
            be.vlaanderen.crt.portal.testsupport.SampleFiles.pdf("Aanmelden geslaagd"));
    assertEquals(201, evidence.statusCode(), evidence.body());
    JsonObject row =
        ApiClient.array(api.get("analist", "api/pilot/dossiers/" + d + "/tests/ACM/TI"))
            .getJsonObject(0);
    assertEquals("PASS", row.getString("outcome"));
    assertEquals("login.pdf", row.getString("evidenceName"));

    HttpResponse<String> trouble =
        api.postJson(
            "analist",
            "api/pilot/dossiers/" + d + "/troubleshooting",
            "{\"heldOn\":\""
                + LocalDate.now()
                + "\",\"problem\":\"Clock skew bij de assertion\",\"resolution\":\"NTP op de SP\"}");
    assertEquals(201, trouble.statusCode(), trouble.body());
    assertEquals(
        400,
        api.postJson(
                "analist",
                "api/pilot/dossiers/" + d + "/troubleshooting",
                "{\"heldOn\":\"" + LocalDate.now() + "\",\"problem\":\" \"}")
            .statusCode());
    assertEquals(
        1,
        ApiClient.array(api.get(SELECTED.get(town), "api/pilot/dossiers/" + d + "/troubleshooting"))
            .size());
    // An environment with a failed test cannot succeed.
    long logout = plan.getJsonObject(1).getInt("caseId");
    assertEquals(
        204,
        api.put(
                SELECTED.get(town),
                "api/pilot/dossiers/" + d + "/tests/IDM/TI/" + logout,
                "{\"outcome\":\"FAIL\",\"note\":\"Geen single logout\"}")
            .statusCode());
    assertEquals(200, move("analist", d, "IDM", "TI", "IN_PROGRESS").statusCode());
    assertEquals(200, move("analist", d, "IDM", "TI", "TESTING").statusCode());
    HttpResponse<String> withFailure = move("analist", d, "IDM", "TI", "SUCCEEDED");
    assertEquals(409, withFailure.statusCode());
    assertTrue(
        ApiClient.object(withFailure).getString("message").contains("mislukt"), withFailure.body());
  }

  static byte[] file(String name) {
    try (InputStream in = PilotIT.class.getResourceAsStream("/saml/metadata/" + name)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  static String cert() {
    try (InputStream in = PilotIT.class.getResourceAsStream("/saml/sp-cert.b64")) {
      return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  static byte[] metadata(String acs) {
    return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<md:EntityDescriptor xmlns:md=\"urn:oasis:names:tc:SAML:2.0:metadata\" xmlns:ds=\"http://www.w3.org/2000/09/xmldsig#\" entityID=\"https://eloket.example.be/sp\">\n"
            + "  <md:SPSSODescriptor protocolSupportEnumeration=\"urn:oasis:names:tc:SAML:2.0:protocol\">\n"
            + "    <md:KeyDescriptor use=\"signing\">\n"
            + "      <ds:KeyInfo><ds:X509Data><ds:X509Certificate>"
            + cert()
            + "</ds:X509Certificate></ds:X509Data></ds:KeyInfo>\n"
            + "    </md:KeyDescriptor>\n"
            + "    <md:NameIDFormat>urn:oasis:names:tc:SAML:2.0:nameid-format:persistent</md:NameIDFormat>\n"
            + "    <md:AssertionConsumerService Binding=\"urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST\" Location=\""
            + acs
            + "\" index=\"0\"/>\n"
            + "  </md:SPSSODescriptor>\n"
            + "</md:EntityDescriptor>\n")
        .getBytes(StandardCharsets.UTF_8);
  }

  @Test
  @Order(4)
  void dossiersCheckMetadataAndOidcSettingsAndStayWithinTheirMunicipality() throws IOException {
    List<Long> g1 = groupOne();
    long own = g1.get(4);
    long other = g1.get(5);
    String ownUser = SELECTED.get(own);
    String otherUser = SELECTED.get(other);
    HttpResponse<String> created =
        api.postJson(
            ownUser,
            "api/pilot/dossiers",
            dossier("Sociaal huis <script>alert(1)</script>", "SAML2", ""));
    assertEquals(201, created.statusCode(), created.body());
    long d = ApiClient.object(created).getInt("id");
    assertTrue(
        ApiClient.object(created).getString("application").contains("<script>"),
        "stored verbatim, escaped on pages");

    // Isolation: another municipality sees nothing, not even by id; the analyst of the group does.
    assertEquals(404, api.get(otherUser, "api/pilot/dossiers/" + d).statusCode());
    assertTrue(
        ApiClient.array(api.get(otherUser, "api/pilot/dossiers")).stream()
            .noneMatch(r -> r.asJsonObject().getInt("id") == d));
    assertEquals(
        404,
        api.uploadTo(
                otherUser,
                "api/pilot/dossiers/" + d + "/attachments?kind=DIAGRAM",
                "x.pdf",
                be.vlaanderen.crt.portal.testsupport.SampleFiles.pdf("x"))
            .statusCode());
    assertEquals(404, api.get("expert", "api/pilot/dossiers/" + d).statusCode());
    assertEquals(200, api.get("analist", "api/pilot/dossiers/" + d).statusCode());
    assertEquals(404, api.get("steering", "api/pilot/dossiers/" + d).statusCode());
    // A municipality creates dossiers for itself only, whatever id it sends.
    HttpResponse<String> foreign =
        api.postJson(
            otherUser,
            "api/pilot/dossiers",
            dossier("Kapers", "SAML2", ",\"municipalityId\":" + own));
    assertEquals(201, foreign.statusCode());
    assertEquals(other, ApiClient.object(foreign).getInt("municipalityId"));

    // Valid metadata: stored, findings list the entityID and the NameID format.
    HttpResponse<String> good =
        api.uploadTo(
            ownUser,
            "api/pilot/dossiers/" + d + "/attachments?kind=SAML_METADATA",
            "sp-metadata.xml",
            metadata("https://eloket.example.be/saml/acs"));
    assertEquals(201, good.statusCode(), good.body());
    JsonArray findings = ApiClient.object(good).getJsonArray("findings");
    assertTrue(findings.toString().contains("https://eloket.example.be/sp"), findings.toString());
    assertTrue(
        findings.stream().noneMatch(f -> f.asJsonObject().getString("severity").equals("ERROR")),
        findings.toString());

    // Plain HTTP endpoint: stored as version 2, with an error on its line.
    HttpResponse<String> http =
        api.uploadTo(
            ownUser,
            "api/pilot/dossiers/" + d + "/attachments?kind=SAML_METADATA",
            "sp-metadata.xml",
            metadata("http://eloket.example.be/saml/acs"));
    assertEquals(201, http.statusCode(), http.body());
    assertEquals(2, ApiClient.object(http).getInt("version"));
    JsonObject acs =
        ApiClient.object(http).getJsonArray("findings").stream()
            .map(JsonValue::asJsonObject)
            .filter(f -> f.getString("severity").equals("ERROR"))
            .findFirst()
            .orElseThrow();
    assertEquals(8, acs.getInt("line"), acs.toString());
    JsonArray attachments =
        ApiClient.array(api.get("analist", "api/pilot/dossiers/" + d + "/attachments"));
    assertEquals(1, attachments.size());
    assertEquals(2, attachments.getJsonObject(0).getInt("version"));
    assertTrue(attachments.getJsonObject(0).getJsonArray("findings").toString().contains("HTTPS"));

    // Hostile or broken files are refused with a clear message and leave nothing behind.
    long versions;
    int objects;
    // Real-world shaped files: an expired signing certificate is stored with an error finding ...
    HttpResponse<String> expired =
        api.uploadTo(
            ownUser,
            "api/pilot/dossiers/" + d + "/attachments?kind=SAML_METADATA",
            "sp-expired-certificate.xml",
            file("sp-expired-certificate.xml"));
    assertEquals(201, expired.statusCode(), expired.body());
    assertTrue(
        ApiClient.object(expired).getJsonArray("findings").stream()
            .map(JsonValue::asJsonObject)
            .anyMatch(
                f ->
                    f.getString("code").equals("CERT_EXPIRED")
                        && f.getString("severity").equals("ERROR")),
        expired.body());
    versions = TestServices.number("SELECT COUNT(*) FROM document_version");
    objects = TestServices.objectKeys().size();
    // ... hostile or broken ones are refused.
    String xxe = new String(file("xxe.xml"), StandardCharsets.UTF_8);
    String laughs = new String(file("billion-laughs.xml"), StandardCharsets.UTF_8);
    String malformed = new String(file("malformed.xml"), StandardCharsets.UTF_8);
    for (String bad : List.of(xxe, laughs, malformed, "")) {
      HttpResponse<String> refused =
          api.uploadTo(
              ownUser,
              "api/pilot/dossiers/" + d + "/attachments?kind=SAML_METADATA",
              "sp.xml",
              bad.getBytes(StandardCharsets.UTF_8));
      assertEquals(400, refused.statusCode(), refused.body());
      assertTrue(
          ApiClient.object(refused).getString("message").contains("SAML-metadata") || bad.isEmpty(),
          refused.body());
    }
    // A PDF is not metadata either; and a disguised executable is no diagram.
    assertEquals(
        400,
        api.uploadTo(
                ownUser,
                "api/pilot/dossiers/" + d + "/attachments?kind=SAML_METADATA",
                "sp.xml",
                be.vlaanderen.crt.portal.testsupport.SampleFiles.pdf("x"))
            .statusCode());
    assertEquals(
        415,
        api.uploadTo(
                ownUser,
                "api/pilot/dossiers/" + d + "/attachments?kind=DIAGRAM",
                "schema.pdf",
                new byte[] {0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0})
            .statusCode());
    assertEquals(versions, TestServices.number("SELECT COUNT(*) FROM document_version"));
    assertEquals(objects, TestServices.objectKeys().size());

    // OIDC: the settings are checked for T&I and PRD.
    JsonObject view = ApiClient.object(api.get(ownUser, "api/pilot/dossiers/" + d));
    int revision = view.getInt("revision");
    String oidc =
        ",\"revision\":"
            + revision
            + ",\"oidc\":{\"publicClient\":true,\"redirectUris\":[\"https://*.example.be/cb\",\"http://localhost:8080/cb\"],"
            + "\"postLogoutRedirectUris\":[\"https://eloket.example.be/bye\"],\"grantTypes\":[\"authorization_code\",\"implicit\"],\"pkceMethod\":\"plain\",\"scopes\":[\"openid\",\"profile\"]}";
    HttpResponse<String> updated =
        api.put(ownUser, "api/pilot/dossiers/" + d, dossier("Sociaal huis", "OIDC", oidc));
    assertEquals(200, updated.statusCode(), updated.body());
    JsonObject after = ApiClient.object(updated);
    String ti = after.getJsonArray("oidcFindingsTi").toString();
    String prd = after.getJsonArray("oidcFindingsPrd").toString();
    assertTrue(ti.contains("*"), ti);
    assertTrue(ti.contains("implicit"), ti);
    assertTrue(ti.contains("S256"), ti);
    assertTrue(prd.contains("localhost"), prd);
    assertFalse(ti.contains("localhost"), ti);
    // Someone else saved in between: 409 with who, nothing changed.
    HttpResponse<String> stale =
        api.put(
            "analist",
            "api/pilot/dossiers/" + d,
            dossier("Sociaal huis oud", "SAML2", ",\"revision\":" + revision));
    assertEquals(409, stale.statusCode(), stale.body());
    assertEquals(
        "Sociaal huis",
        ApiClient.object(api.get(ownUser, "api/pilot/dossiers/" + d)).getString("application"));
    assertTrue(
        TestServices.number(
                "SELECT COUNT(*) FROM audit_event WHERE action = 'DOSSIER_CHANGED' AND object_id = ? AND detail LIKE '%protocol: SAML2 → OIDC%'",
                d)
            == 1);
    HttpResponse<String> invalid =
        api.put(
            ownUser,
            "api/pilot/dossiers/" + d,
            "{\"application\":\"\",\"revision\":" + (revision + 1) + "}");
    assertEquals(400, invalid.statusCode());

    // The metadata are reviewed like every document: the analyst remarks, releases, the town reads.
    long submission = attachments.getJsonObject(0).getInt("submissionId");
    assertEquals(
        200, api.get("analist", "api/submissions/" + submission + "/annotations").statusCode());
    assertEquals(
        404, api.get(otherUser, "api/submissions/" + submission + "/annotations").statusCode());
  }

  @Test
  @Order(5)
  void theRegisterReportsPerMunicipalityAndAcrossThePilot() throws IOException {
    List<Long> g1 = groupOne();
    long own = g1.get(0);
    long other = g1.get(1);
    String raise =
        "{\"kind\":\"OBSTACLE\",\"nature\":\"TECHNICAL\",\"title\":\"Geen SLO in de toepassing\",\"description\":\"De leverancier ondersteunt single logout pas in versie 5. =HYPERLINK(\\\"x\\\")\"}";
    HttpResponse<String> raised = api.postJson(SELECTED.get(own), "api/pilot/obstacles", raise);
    assertEquals(201, raised.statusCode(), raised.body());
    long id = ApiClient.object(raised).getInt("id");
    assertEquals(
        400,
        api.postJson(
                SELECTED.get(own),
                "api/pilot/obstacles",
                "{\"kind\":\"OBSTACLE\",\"nature\":\"TECHNICAL\",\"title\":\"\",\"description\":\"x\"}")
            .statusCode());
    assertTrue(
        ApiClient.array(api.get(SELECTED.get(other), "api/pilot/obstacles")).stream()
            .noneMatch(o -> o.asJsonObject().getInt("id") == id));
    assertEquals(
        404, api.get(SELECTED.get(other), "api/pilot/obstacles?municipality=" + own).statusCode());
    assertEquals(
        403,
        api.put(
                SELECTED.get(own),
                "api/pilot/obstacles/" + id + "/answer",
                "{\"answer\":\"x\",\"status\":\"CLOSED\"}")
            .statusCode());
    assertEquals(
        400,
        api.put("analist", "api/pilot/obstacles/" + id + "/answer", "{\"status\":\"ANSWERED\"}")
            .statusCode());
    assertEquals(
        204,
        api.put(
                "analist",
                "api/pilot/obstacles/" + id + "/answer",
                "{\"answer\":\"Tijdelijk: sessieduur beperken.\",\"status\":\"ANSWERED\"}")
            .statusCode());
    // The register shows the answer as a sentence ("Antwoord: Tijdelijk…", once
    // "Antwoord:Tijdelijk").
    String register =
        be.vlaanderen.crt.portal.testsupport.PageClient.logIn(base, "analist")
            .get("pilot/register.xhtml")
            .body();
    assertTrue(
        register.contains("Antwoord: </strong>Tijdelijk: sessieduur beperken."),
        "the answer on the register page");

    HttpResponse<byte[]> docx =
        api.getBytes("analist", "api/pilot/obstacles/report/" + own + "?format=docx");
    assertEquals(200, docx.statusCode());
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx.body()));
        XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
      assertTrue(text.getText().contains("Geen SLO in de toepassing"));
      assertTrue(text.getText().contains("Tijdelijk: sessieduur beperken."));
    }
    HttpResponse<byte[]> pdf =
        api.getBytes("analist", "api/pilot/obstacles/report/" + own + "?format=pdf");
    assertEquals(200, pdf.statusCode());
    try (PDDocument doc = Loader.loadPDF(pdf.body())) {
      assertTrue(new PDFTextStripper().getText(doc).contains("Geen SLO in de toepassing"));
    }
    assertEquals(
        404,
        api.getBytes(SELECTED.get(other), "api/pilot/obstacles/report/" + own + "?format=pdf")
            .statusCode());

    HttpResponse<byte[]> xlsx = api.getBytes("steering", "api/pilot/obstacles/export");
    assertEquals(200, xlsx.statusCode());
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
      var sheet = book.getSheetAt(0);
      assertTrue(sheet.getLastRowNum() >= 1);
      boolean found = false;
      for (var row : sheet) {
        if (row.getCell(5).getStringCellValue().equals("Geen SLO in de toepassing")) {
          found = true;
          assertEquals(org.apache.poi.ss.usermodel.CellType.STRING, row.getCell(6).getCellType());
        }
      }
      assertTrue(found);
    }
    assertEquals(403, api.getBytes(SELECTED.get(own), "api/pilot/obstacles/export").statusCode());
    assertNotEquals(
        0,
        TestServices.number(
            "SELECT COUNT(*) FROM audit_event WHERE action = 'OBSTACLE_ANSWERED' AND object_id = ?",
            id));
  }

  @Test
  @Order(6)
  void anAnalystRecordsADossierChecksItsMetadataAndTheKpiTileMoves() throws IOException {
    long town = groupOne().get(5);
    try (Browser browser = new Browser(base)) {
      WebDriver d = browser.driver();
      browser.logIn("coordinator");
      browser.open("pilot/kpis.xhtml");
      int before = Integer.parseInt(browser.text(By.cssSelector("[data-kpi=ACM_TI]")));
      browser.screenshot("20-pilot-kpis-before");
      browser.logOut();

      browser.logIn("analist");
      browser.open("pilot/index.xhtml");
      browser.screenshot("21-pilot-home-analyst");
      browser.open("pilot/dossier.xhtml");
      browser.waitFor(By.id("dossier:application"));
      browser.choose("dossier:municipality_input", Long.toString(town));
      d.findElement(By.id("dossier:application")).sendKeys("Burgerprofiel");
      d.findElement(By.id("dossier:owner")).sendKeys("Dienst Communicatie");
      d.findElement(By.cssSelector("label[for='dossier:audiences:0']")).click();
      d.findElement(By.cssSelector("#dossier\\:roles input")).sendKeys("Redacteur");
      d.findElements(By.cssSelector("#dossier\\:roles input")).get(1).sendKeys("Webredacteur");
      browser.screenshot("22-pilot-dossier-new");
      d.findElement(By.id("dossier:save")).click();
      browser.waitForText(By.id("dossier-title"), "Burgerprofiel");
      assertTrue(
          browser.text(By.id("messages")).contains("aangemaakt"), browser.text(By.id("messages")));

      Path metadata = Files.createTempDirectory("crt-pilot").resolve("burgerprofiel-metadata.xml");
      Files.write(metadata, metadata("http://burgerprofiel.example.be/acs"));
      d.findElement(By.cssSelector("#attachments\\:file input[type=file]"))
          .sendKeys(metadata.toString());
      browser.waitForText(By.id("attachment-SAML_METADATA"), "https://eloket.example.be/sp");
      String findings = browser.text(By.id("attachment-SAML_METADATA"));
      assertTrue(findings.contains("burgerprofiel-metadata.xml"), findings);
      assertTrue(findings.contains("https://eloket.example.be/sp"), findings);
      assertTrue(findings.contains("HTTPS") && findings.contains("regel 8"), findings);
      browser.screenshot("23-pilot-dossier-metadata-findings");

      for (String[] step :
          new String[][] {
            {"IN_PROGRESS", "Bezig"}, {"TESTING", "Testen"}, {"SUCCEEDED", "Geslaagd"}
          }) {
        WebElement tile = d.findElement(By.id("tile-ACM_TI"));
        String select = tile.findElement(By.cssSelector("select")).getAttribute("id");
        browser.choose(select, step[0]);
        tile.findElement(By.cssSelector("button")).click();
        browser.waitForText(By.cssSelector("#tile-ACM_TI .state"), step[1]);
      }
      assertEquals("Niet gestart", browser.text(By.cssSelector("#tile-IDM_PRD .state")));
      assertTrue(
          browser.text(By.id("history")).contains("Geschiedenis (3)"),
          browser.text(By.id("history")));
      browser.screenshot("24-pilot-dossier-acm-ti-succeeded");
      browser.logOut();

      browser.logIn("coordinator");
      browser.open("pilot/kpis.xhtml");
      int after = Integer.parseInt(browser.text(By.cssSelector("[data-kpi=ACM_TI]")));
      assertEquals(before + 1, after);
      browser.screenshot("25-pilot-kpis-after");
      d.findElement(By.cssSelector("[data-kpi=ACM_TI]")).click();
      browser.waitFor(By.id("filter-note"));
      assertTrue(browser.text(By.id("list")).contains("Burgerprofiel"));
      browser.screenshot("26-pilot-dossiers-behind-kpi");
      browser.open("pilot/selection.xhtml");
      browser.waitFor(By.id("proposal"));
      browser.screenshot("27-pilot-selection");
      browser.open("pilot/register.xhtml");
      browser.screenshot("28-pilot-register");
      browser.logOut();

      // A municipality sees its own dossiers only, and no KPIs.
      browser.logIn(SELECTED.get(town));
      browser.open("pilot/dossiers.xhtml");
      assertTrue(browser.text(By.id("list")).contains("Burgerprofiel"));
      browser.screenshot("29-pilot-dossiers-municipality");
      // Pages it may not see answer "not found", also with another municipality's dossier id.
      for (String page :
          List.of(
              "pilot/kpis.xhtml",
              "pilot/selection.xhtml",
              "steering/index.xhtml",
              "steering/time.xhtml",
              "pilot/dossier.xhtml?id="
                  + TestServices.number(
                      "SELECT MIN(id) FROM integration_dossier WHERE municipality_id <> ?", town),
              "pilot/dossier.xhtml?id=abc")) {
        browser.open(page);
        assertEquals("Pagina niet gevonden", browser.text(By.tagName("h1")), page);
        assertFalse(d.getPageSource().contains("data-kpi"), page);
      }
      browser.open("pilot/index.xhtml");
      browser.screenshot("30-pilot-home-municipality");
    }
  }

  /**
   * The steering committee decides the KPIs: the agreement's list comes seeded, a KPI is added on
   * one of the portal's measures with a target, switched off for the report (not deleted), and
   * every figure is also reported per individual municipality, as of a date, in the API, on the
   * page and in the report's PDF and XLSX.
   */
  @Test
  @Order(10)
  void theSteeringCommitteeDecidesTheKpisAndReadsThemPerMunicipality() throws Exception {
    JsonObject pilot = ApiClient.object(api.get("steering", "api/pilot/kpis"));
    HttpResponse<String> listed = api.get("steering", "api/kpis");
    assertEquals(200, listed.statusCode(), listed.body());
    JsonArray kpis = ApiClient.array(listed);
    assertTrue(kpis.size() >= 10, listed.body());
    assertEquals("INTEGRATIONS_ACM_TI", kpis.getJsonObject(0).getString("measure"));
    assertTrue(kpis.getJsonObject(0).getBoolean("active"));
    assertEquals(403, api.get("analist", "api/kpis").statusCode());
    assertEquals(403, api.get(SELECTED.values().iterator().next(), "api/kpis/report").statusCode());

    // The figures agree with the pilot's KPI page, whichever way they are computed.
    JsonObject report = ApiClient.object(api.get("steering", "api/kpis/report"));
    assertEquals(
        pilot.getJsonObject("acmTi").getInt("integrations"),
        figure(report, "INTEGRATIONS_ACM_TI").intValue());
    assertEquals(
        pilot.getJsonObject("acmPrd").getInt("municipalities"),
        figure(report, "MUNICIPALITIES_ACM_PRD").intValue());
    assertEquals(
        pilot.getJsonObject("satisfaction").getJsonNumber("average").bigDecimalValue(),
        figure(report, "SATISFACTION_AFTER"));
    // Per municipality: the thirty selected ones (and the BCP track's), their values adding up.
    HttpResponse<String> perResponse = api.get("steering", "api/kpis/municipalities?limit=1000");
    assertEquals(200, perResponse.statusCode(), perResponse.body());
    JsonArray per = ApiClient.array(perResponse);
    long pilotRows =
        per.stream()
            .filter(m -> m.asJsonObject().getJsonArray("tracks").toString().contains("PILOT"))
            .count();
    assertEquals(30, pilotRows);
    assertEquals(
        Integer.toString(per.size()), perResponse.headers().firstValue("X-Total-Count").orElse(""));
    int sum = 0;
    for (JsonValue m : per) {
      JsonObject values = m.asJsonObject().getJsonObject("values");
      if (values.containsKey("INTEGRATIONS_ACM_TI")) {
        sum += values.getInt("INTEGRATIONS_ACM_TI");
      }
    }
    assertEquals(pilot.getJsonObject("acmTi").getInt("integrations"), sum);
    // Group one's second municipality went live on IDM in test 2: one success on each.
    long b = groupOne().get(1);
    JsonObject bRow =
        per.stream()
            .map(JsonValue::asJsonObject)
            .filter(m -> m.getJsonNumber("municipalityId").longValue() == b)
            .findFirst()
            .orElseThrow();
    assertEquals(1, bRow.getJsonObject("values").getInt("INTEGRATIONS_IDM_PRD"), bRow.toString());
    // As of yesterday (Brussels) nothing had succeeded yet: the same date, the same figures.
    LocalDate yesterday = LocalDate.now(java.time.ZoneId.of("Europe/Brussels")).minusDays(1);
    JsonObject earlier = ApiClient.object(api.get("steering", "api/kpis/report?date=" + yesterday));
    assertEquals(0, figure(earlier, "INTEGRATIONS_ACM_TI").intValue());
    assertEquals(
        400, api.get("steering", "api/kpis/report?date=" + yesterday.plusDays(2)).statusCode());

    // The committee adds a KPI on a measure, with a target.
    String name = "Besturen met een BIA " + TAG;
    HttpResponse<String> added =
        api.postJson(
            "steering",
            "api/kpis",
            "{\"name\":\"  " + name + " \",\"measure\":\"BIA_SUBMITTED\",\"target\":50}");
    assertEquals(201, added.statusCode(), added.body());
    JsonObject kpi = ApiClient.object(added);
    assertEquals(name, kpi.getString("name"));
    assertEquals("BCP", kpi.getString("scope"));
    assertEquals(0, new BigDecimal("50").compareTo(kpi.getJsonNumber("target").bigDecimalValue()));
    long id = kpi.getJsonNumber("id").longValue();
    // Refused, with a reason, nothing stored: a name taken, an unknown measure, a score above 5.
    long count = TestServices.number("SELECT COUNT(*) FROM kpi_definition");
    // Every reason at once, not only the first: no name and no measure (Bean Validation).
    HttpResponse<String> empty = api.postJson("coordinator", "api/kpis", "{}");
    assertEquals(400, empty.statusCode(), empty.body());
    assertEquals("INVALID_INPUT", ApiClient.object(empty).getString("error"), empty.body());
    assertTrue(
        ApiClient.object(empty).getString("message").contains("Geef de KPI een naam.")
            && ApiClient.object(empty).getString("message").contains("Kies een maatstaf"),
        empty.body());
    HttpResponse<String> taken =
        api.postJson(
            "coordinator", "api/kpis", "{\"name\":\"" + name + "\",\"measure\":\"BCP_SUBMITTED\"}");
    assertEquals(409, taken.statusCode(), taken.body());
    assertTrue(ApiClient.object(taken).getString("message").contains("bestaat al"), taken.body());
    HttpResponse<String> unknown =
        api.postJson("coordinator", "api/kpis", "{\"name\":\"X\",\"measure\":\"DROP\"}");
    assertEquals(400, unknown.statusCode(), unknown.body());
    assertTrue(ApiClient.object(unknown).getString("message").contains("maatstaf"));
    HttpResponse<String> tooHigh =
        api.postJson(
            "coordinator",
            "api/kpis",
            "{\"name\":\"Y\",\"measure\":\"SATISFACTION_AFTER\",\"target\":6}");
    assertEquals(400, tooHigh.statusCode(), tooHigh.body());
    assertTrue(ApiClient.object(tooHigh).getString("message").contains("tussen 0 en 5"));
    assertEquals(
        403,
        api.postJson("analist", "api/kpis", "{\"name\":\"Z\",\"measure\":\"BIA_SUBMITTED\"}")
            .statusCode());
    assertEquals(count, TestServices.number("SELECT COUNT(*) FROM kpi_definition"));

    // Switched off for the report (never deleted): with the version read, once.
    long before =
        kpis.stream()
            .map(JsonValue::asJsonObject)
            .filter(k -> k.getString("measure").equals("SATISFACTION_BEFORE"))
            .findFirst()
            .orElseThrow()
            .getJsonNumber("id")
            .longValue();
    JsonObject current = ApiClient.object(api.get("coordinator", "api/kpis/" + before));
    long version = current.getJsonNumber("rowVersion").longValue();
    HttpResponse<String> off =
        api.put(
            "coordinator",
            "api/kpis/" + before,
            "{\"active\":false,\"rowVersion\":" + version + "}");
    assertEquals(200, off.statusCode(), off.body());
    assertFalse(ApiClient.object(off).getBoolean("active"));
    HttpResponse<String> stale =
        api.put(
            "steering", "api/kpis/" + before, "{\"active\":true,\"rowVersion\":" + version + "}");
    assertEquals(409, stale.statusCode(), stale.body());
    HttpResponse<String> measureChanged =
        api.put(
            "steering",
            "api/kpis/" + before,
            "{\"measure\":\"EAGERNESS\",\"rowVersion\":" + (version + 1) + "}");
    assertEquals(400, measureChanged.statusCode(), measureChanged.body());
    try {
      JsonObject after = ApiClient.object(api.get("steering", "api/kpis/report"));
      List<String> active =
          after.getJsonArray("kpis").stream()
              .map(JsonValue::asJsonObject)
              .filter(k -> k.getBoolean("active"))
              .map(k -> k.getString("measure"))
              .toList();
      assertTrue(active.contains("BIA_SUBMITTED") && !active.contains("SATISFACTION_BEFORE"));
      assertTrue(
          after.getJsonArray("municipalities").stream()
              .noneMatch(
                  m -> m.asJsonObject().getJsonObject("values").containsKey("SATISFACTION_BEFORE")),
          "a KPI switched off is not reported per municipality");

      // The steering report's PDF and workbook carry the KPIs that are on.
      byte[] pdf = api.getBytes("steering", "api/steering/report/pdf").body();
      try (PDDocument doc = Loader.loadPDF(pdf)) {
        String text = new PDFTextStripper().getText(doc);
        assertTrue(text.contains(name + ": "), text);
        assertFalse(text.contains("Tevredenheid v\u00f3\u00f3r de integratie:"), text);
        assertTrue(text.contains("Feedback van de deelnemers"), text);
      }
      byte[] xlsx = api.getBytes("steering", "api/steering/report/xlsx").body();
      try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
        var sheet = book.getSheet("Per bestuur");
        assertTrue(sheet != null, "a sheet per municipality");
        List<String> header = new ArrayList<>();
        sheet.getRow(0).forEach(c -> header.add(c.getStringCellValue()));
        assertTrue(header.contains(name), header.toString());
        assertFalse(header.contains("Tevredenheid v\u00f3\u00f3r de integratie"));
        assertEquals(per.size(), sheet.getLastRowNum());
        assertTrue(
            book.getSheet("KPI's") != null && book.getSheet("Feedback van de deelnemers") != null);
      }

      // On the page: the committee adds a KPI with the form, switches it off, sees every
      // municipality; the coordinator changes a target.
      try (Browser browser = new Browser(base)) {
        WebDriver d = browser.driver();
        browser.logIn("steering");
        browser.open("steering/index.xhtml");
        browser.waitForText(By.id("kpis"), name);
        d.findElement(By.id("kpi-settings")).click();
        browser.waitFor(By.id("kpi-form:kpi-save"));
        String pageName = "Vrijgegeven rondes " + TAG + " <b>vet</b>";
        // Without a name or a measure: the reasons, and nothing stored.
        long kpisBefore = TestServices.number("SELECT COUNT(*) FROM kpi_definition");
        d.findElement(By.id("kpi-form:kpi-save")).click();
        browser.waitForText(By.id("messages"), "Geef de KPI een naam.");
        assertTrue(browser.text(By.id("messages")).contains("Kies een maatstaf"));
        assertEquals(kpisBefore, TestServices.number("SELECT COUNT(*) FROM kpi_definition"));
        // A name already taken: refused with the reason, the form keeps what was typed.
        d.findElement(By.id("kpi-form:kpi-name")).sendKeys(name);
        browser.choose("kpi-form:kpi-measure_input", "BIA_SUBMITTED");
        d.findElement(By.id("kpi-form:kpi-save")).click();
        browser.waitForText(By.id("messages"), "bestaat al");
        assertEquals(kpisBefore, TestServices.number("SELECT COUNT(*) FROM kpi_definition"));
        d.findElement(By.id("kpi-form:kpi-name")).clear();
        d.findElement(By.id("kpi-form:kpi-name")).sendKeys(pageName);
        browser.choose("kpi-form:kpi-measure_input", "FEEDBACK_ROUNDS_RELEASED");
        d.findElement(By.id("kpi-form:kpi-target_input")).sendKeys("150");
        d.findElement(By.id("kpi-form:kpi-save")).click();
        browser.waitForText(By.id("messages"), "toegevoegd en aangezet voor het rapport");
        browser.waitForText(By.id("kpis:kpi-table"), pageName);
        assertTrue(
            d.findElements(By.cssSelector("#kpis b")).isEmpty(), "text stays text, never markup");
        long pageKpi =
            TestServices.number("SELECT id FROM kpi_definition WHERE name = ?", pageName);
        assertEquals(
            "FEEDBACK_ROUNDS_RELEASED",
            TestServices.string("SELECT measure FROM kpi_definition WHERE id = ?", pageKpi));
        // Its column per municipality (beyond the visible width: the table scrolls sideways).
        assertTrue(
            d.findElement(By.id("municipalities")).getAttribute("textContent").contains(pageName),
            "a column for the new KPI");
        assertTrue(
            browser
                .text(By.id("municipalities"))
                .contains(per.getJsonObject(0).getString("municipality")),
            "the municipalities by name, in the API's order");
        browser.screenshot("50-kpi-settings");
        // Switched off from its row.
        List<WebElement> rows = d.findElements(By.cssSelector("[id='kpis:kpi-table'] tbody tr"));
        WebElement row =
            rows.stream().filter(r -> r.getText().contains(TAG + " <b>")).findFirst().orElseThrow();
        row.findElement(By.cssSelector("button[id$=':toggle']")).click();
        browser.waitForText(By.id("messages"), "staat niet meer in het stuurgroeprapport");
        assertEquals(
            0,
            TestServices.number(
                "SELECT COUNT(*) FROM kpi_definition WHERE id = ? AND active", pageKpi));
        assertFalse(
            d.findElement(By.id("municipalities")).getAttribute("textContent").contains(pageName));
        browser.logOut();

        browser.logIn("coordinator");
        browser.open("steering/kpis.xhtml");
        rows = d.findElements(By.cssSelector("[id='kpis:kpi-table'] tbody tr"));
        row = rows.stream().filter(r -> r.getText().contains(name)).findFirst().orElseThrow();
        row.findElement(By.cssSelector("button[id$=':edit']")).click();
        browser.waitUntil(
            dr -> name.equals(dr.findElement(By.id("kpi-form:kpi-name")).getAttribute("value")));
        WebElement target = d.findElement(By.id("kpi-form:kpi-target_input"));
        target.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"));
        target.sendKeys("45");
        d.findElement(By.id("kpi-form:kpi-save")).click();
        browser.waitForText(By.id("messages"), "bewaard");
        assertEquals(
            0,
            new BigDecimal("45")
                .compareTo(
                    new BigDecimal(
                        TestServices.string(
                            "SELECT target FROM kpi_definition WHERE id = ?", id))));
        browser.screenshot("51-kpi-settings-coordinator");
      }
    } finally {
      // Other tests read the agreement's list: the switch of this test is taken back.
      TestServices.execute(
          "UPDATE kpi_definition SET active = TRUE WHERE measure = 'SATISFACTION_BEFORE'");
    }
  }

  private static BigDecimal figure(JsonObject report, String measure) {
    return report.getJsonArray("kpis").stream()
        .map(JsonValue::asJsonObject)
        .filter(k -> k.getString("measure").equals(measure))
        .findFirst()
        .map(k -> k.isNull("value") ? null : k.getJsonNumber("value").bigDecimalValue())
        .orElseThrow();
  }

  /**
   * The closing evaluation bundles the pilot's figures, the answered obstacles and the
   * municipalities' own words with the coordinator's impact and recommendations, as DOCX and PDF.
   */
  @Test
  @Order(20)
  void theCoordinatorComposesTheClosingEvaluationAndTheSteeringCommitteeReadsIt() throws Exception {
    HttpResponse<String> read = api.get("coordinator", "api/pilot/closing");
    assertEquals(200, read.statusCode(), read.body());
    long version = ApiClient.object(read).getJsonNumber("rowVersion").longValue();
    assertEquals(403, api.get("analist", "api/pilot/closing").statusCode());
    assertEquals(
        403,
        api.put(
                "steering",
                "api/pilot/closing",
                "{\"impact\":\"x\",\"rowVersion\":" + version + "}")
            .statusCode());
    HttpResponse<String> saved =
        api.put(
            "coordinator",
            "api/pilot/closing",
            "{\"impact\":\"Dertig besturen kennen nu de bouwstenen.\",\"recommendations\":\"Maak"
                + " de T&I-omgeving sneller beschikbaar.\",\"rowVersion\":"
                + version
                + "}");
    assertEquals(200, saved.statusCode(), saved.body());
    HttpResponse<String> stale =
        api.put(
            "coordinator",
            "api/pilot/closing",
            "{\"impact\":\"Oud\",\"rowVersion\":" + version + "}");
    assertEquals(409, stale.statusCode(), "a save over someone else's: " + stale.body());

    HttpResponse<byte[]> docx =
        api.getBytes(
            "steering",
            "api/pilot/closing/report?format=docx",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    assertEquals(200, docx.statusCode());
    try (XWPFDocument doc = new XWPFDocument(new java.io.ByteArrayInputStream(docx.body()));
        XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
      String t = text.getText();
      assertTrue(t.contains("Slotevaluatie van de ACM/IDM-pilot"), t);
      assertTrue(t.contains("Maak de T&I-omgeving sneller beschikbaar."), t);
      assertTrue(t.contains("Vlot verlopen"), "the municipalities' own words: " + t);
      assertTrue(t.contains("V\u00f3\u00f3r de integratie: 3,00 / 5 (2 antwoorden)"), t);
    }
    HttpResponse<byte[]> pdf =
        api.getBytes("coordinator", "api/pilot/closing/report?format=pdf", "application/pdf");
    assertEquals(200, pdf.statusCode());
    try (PDDocument doc = Loader.loadPDF(pdf.body())) {
      String t = new PDFTextStripper().getText(doc);
      assertTrue(t.contains("Beleidsaanbevelingen") && t.contains("Dertig besturen"), t);
    }

    try (Browser browser = new Browser(base)) {
      var d = browser.driver();
      browser.logIn("coordinator");
      browser.open("pilot/index.xhtml");
      d.findElement(By.id("go-closing")).click();
      browser.waitFor(By.id("texts:impact"));
      var impact = d.findElement(By.id("texts:impact"));
      impact.clear();
      impact.sendKeys("Dertig besturen kennen nu de bouwstenen en hun eigen knelpunten.");
      d.findElement(By.id("texts:save")).click();
      browser.waitForText(By.id("messages"), "De slotevaluatie is bewaard");
      browser.screenshot("45-pilot-closing-coordinator");
      browser.logOut();
      browser.logIn("steering");
      browser.open("pilot/closing.xhtml");
      browser.waitForText(By.id("impact-text"), "eigen knelpunten");
      assertTrue(d.findElements(By.id("texts:save")).isEmpty(), "the steering committee reads");
      browser.screenshot("46-pilot-closing-steering");
    }
  }
}
