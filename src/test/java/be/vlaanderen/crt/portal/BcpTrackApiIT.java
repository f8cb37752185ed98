package be.vlaanderen.crt.portal;

import static be.vlaanderen.crt.portal.testsupport.ApiClient.object;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.vlaanderen.crt.portal.selfevaluation.Medians;
import be.vlaanderen.crt.portal.testsupport.ApiClient;
import be.vlaanderen.crt.portal.testsupport.Mailbox;
import be.vlaanderen.crt.portal.testsupport.PortalIT;
import be.vlaanderen.crt.portal.testsupport.Templates;
import be.vlaanderen.crt.portal.testsupport.TestServices;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The self-evaluation through the API on Payara Micro and MariaDB: filling it in, refusals that
 * change nothing, who may see whose scores, and the wave median that appears only from five
 * respondents.
 */
class BcpTrackApiIT extends PortalIT {

  private static final int[] AALST_START = {1, 2, 0, 1, 0, 2, 1, 0, 1, 0};

  @Test
  void aMunicipalityFillsItInAndSeesItBack() {
    long aalst = municipality("Aalst");
    HttpResponse<String> saved =
        api.put("aalst", path(aalst), body("START", AALST_START, "Lijst bestaat <b>deels</b>"));
    assertEquals(200, saved.statusCode(), saved.body());

    JsonObject overview = object(api.get("aalst", path(aalst)));
    assertEquals(10, overview.getJsonArray("questions").size());
    JsonObject start = overview.getJsonArray("moments").getJsonObject(0);
    assertEquals("START", start.getString("moment"));
    assertEquals(2, start.getJsonArray("answers").getJsonObject(1).getInt("score"));
    assertEquals(
        "Lijst bestaat <b>deels</b>",
        start.getJsonArray("answers").getJsonObject(0).getString("remark"));
    assertEquals(
        1,
        TestServices.number(
            "SELECT COUNT(*) FROM self_evaluation WHERE municipality_id = ? AND moment = 'START'",
            aalst));
  }

  @Test
  void badAnswersAreRefusedWithAReasonAndChangeNothing() {
    long aalst = municipality("Aalst");
    api.put("aalst", path(aalst), body("START", AALST_START, null));
    String before = api.get("aalst", path(aalst)).body();

    int[] outOfRange = AALST_START.clone();
    outOfRange[3] = 5;
    assertInvalid(
        api.put("aalst", path(aalst), body("START", outOfRange, null)), "INVALID_INPUT", "vraag 4");
    assertInvalid(
        api.put("aalst", path(aalst), body("START", new int[] {1, 2, 3}, null)),
        "INVALID_INPUT",
        "Vraag 4");
    assertInvalid(
        api.put("aalst", path(aalst), body("HALFWAY", AALST_START, null)),
        "INVALID_INPUT",
        "START");
    assertInvalid(
        api.put("aalst", path(aalst), body("START", AALST_START, "x".repeat(1001))),
        "INVALID_INPUT",
        "te lang");
    assertInvalid(api.put("aalst", path(aalst), "{not json"), "INVALID_JSON", "geen geldige JSON");

    assertEquals(before, api.get("aalst", path(aalst)).body(), "nothing changed");
  }

  @Test
  void scoresAreSeenOnlyByTheMunicipalityAndItsReviewers() {
    long aalst = municipality("Aalst");
    api.put("aalst", path(aalst), body("START", AALST_START, null));

    assertEquals(404, api.get("brugge", path(aalst)).statusCode());
    assertEquals(
        404, api.put("brugge", path(aalst), body("START", AALST_START, null)).statusCode());
    assertEquals(404, api.get("steering", path(aalst)).statusCode());
    assertEquals(200, api.get("expert", path(aalst)).statusCode());
    assertEquals(200, api.get("coordinator", path(aalst)).statusCode());
    assertEquals(
        403, api.put("expert", path(aalst), body("START", AALST_START, null)).statusCode());
    assertEquals(404, api.get("aalst", path(999_999)).statusCode());
  }

  @Test
  void theWaveMedianAppearsOnlyFromFiveRespondents() {
    long aalst = municipality("Aalst");
    api.put("aalst", path(aalst), body("START", AALST_START, null));
    List<int[]> all = new ArrayList<>();
    all.add(AALST_START);
    int respondents = startComparison(aalst).getInt("respondents");
    assertEquals(1, respondents, "only Aalst answered so far in this fresh database");

    int[][] others = {
      {3, 3, 3, 3, 3, 3, 3, 3, 3, 3},
      {0, 0, 0, 0, 0, 0, 0, 0, 0, 0},
      {2, 2, 2, 2, 2, 2, 2, 2, 2, 2},
      {1, 3, 1, 3, 1, 3, 1, 3, 1, 3}
    };
    for (int i = 0; i < 3; i++) {
      addRespondentInWaveOf(aalst, others[i]);
      all.add(others[i]);
    }
    JsonObject four = startComparison(aalst);
    assertEquals(4, four.getInt("respondents"));
    assertTrue(
        !four.containsKey("median") || four.isNull("median"),
        "no median with four respondents: " + four);

    addRespondentInWaveOf(aalst, others[3]);
    all.add(others[3]);
    JsonObject five = startComparison(aalst);
    assertEquals(5, five.getInt("respondents"));
    List<Double> expected = Medians.perQuestion(all, 5).orElseThrow();
    List<Double> actual =
        five.getJsonArray("median").getValuesAs(v -> Double.valueOf(v.toString()));
    assertEquals(expected, actual);
    assertEquals(1.0, actual.get(0), "question 1: scores 1, 3, 0, 2, 1");
  }

  @Test
  void theProgressMatrixShowsEachMunicipalitysStateToCoordinatorsAndSteeringOnly() {
    long aalst = municipality("Aalst");
    api.put("aalst", path(aalst), body("START", AALST_START, null));
    long wave =
        TestServices.number("SELECT MIN(wave_id) FROM enrollment WHERE municipality_id = ?", aalst);
    TestServices.insert(
        "INSERT INTO assignment (wave_id, kind, title, deadline) VALUES (?, 'BCP_UPDATE', 'BCP-update', ?)",
        wave,
        java.sql.Timestamp.valueOf(java.time.LocalDateTime.now().minusDays(1)));

    assertEquals(403, api.get("aalst", "api/waves/" + wave + "/progress").statusCode());
    assertEquals(403, api.get("brugge", "api/waves").statusCode());
    JsonObject matrix = object(api.get("steering", "api/waves/" + wave + "/progress"));
    JsonObject aalstRow = row(matrix, "Aalst");
    assertEquals("SUBMITTED", cell(aalstRow, "SELF_EVALUATION").getString("state"));
    assertEquals(
        "LATE",
        cell(aalstRow, "BCP_UPDATE").getString("state"),
        "deadline passed, nothing handed in");
    JsonObject updateTotal =
        matrix.getJsonArray("totals").stream()
            .map(JsonValue::asJsonObject)
            .filter(t -> t.getString("kind").equals("BCP_UPDATE"))
            .findFirst()
            .orElseThrow();
    assertEquals(matrix.getJsonArray("rows").size(), updateTotal.getInt("late"));

    JsonObject eastFlanders =
        object(api.get("coordinator", "api/waves/" + wave + "/progress?province=oost-vlaanderen"));
    List<String> names =
        eastFlanders.getJsonArray("rows").stream()
            .map(r -> r.asJsonObject().getString("municipality"))
            .toList();
    assertTrue(names.contains("Aalst") && !names.contains("Brugge"), names.toString());
    assertTrue(
        eastFlanders.getJsonArray("rows").stream()
            .allMatch(r -> r.asJsonObject().getString("province").equals("Oost-Vlaanderen")));
    assertEquals(
        400,
        api.get("coordinator", "api/waves/" + wave + "/progress?province=Atlantis").statusCode());
    assertEquals(404, api.get("coordinator", "api/waves/999999/progress").statusCode());
  }

  @Test
  void theProgressMatrixExportsToAnExcelWorkbook() throws Exception {
    long wave = TestServices.number("SELECT MIN(wave_id) FROM enrollment");
    HttpResponse<byte[]> export =
        api.getBytes(
            "coordinator",
            "api/waves/" + wave + "/progress",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    assertEquals(200, export.statusCode());
    try (var workbook =
        new org.apache.poi.xssf.usermodel.XSSFWorkbook(
            new java.io.ByteArrayInputStream(export.body()))) {
      var sheet = workbook.getSheetAt(0);
      assertEquals("Gemeente", sheet.getRow(0).getCell(0).getStringCellValue());
      assertEquals("Zelfevaluatie – Status", sheet.getRow(0).getCell(2).getStringCellValue());
      List<String> names = new ArrayList<>();
      for (int r = 1; r <= sheet.getLastRowNum(); r++) {
        names.add(sheet.getRow(r).getCell(0).getStringCellValue());
      }
      assertTrue(names.contains("Aalst") && names.contains("Brugge"), names.toString());
      assertEquals("Totaal ingediend", names.get(names.size() - 1));
    }
  }

  private static JsonObject row(JsonObject matrix, String municipality) {
    return matrix.getJsonArray("rows").stream()
        .map(JsonValue::asJsonObject)
        .filter(r -> r.getString("municipality").equals(municipality))
        .findFirst()
        .orElseThrow();
  }

  private static JsonObject cell(JsonObject row, String kind) {
    return row.getJsonArray("cells").stream()
        .map(JsonValue::asJsonObject)
        .filter(c -> c.getString("kind").equals(kind))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void aBiaIsCheckedAgainstTheTemplateAndTheFindingsStayWithTheVersion() {
    List<List<Object>> rows =
        List.of(
            java.util.Arrays.asList(
                "Burgerzaken",
                "Diensthoofd",
                72.0,
                24.0,
                4.0,
                "Rijksregister",
                null,
                null,
                null,
                2.0,
                3.0,
                4.0,
                5.0),
            java.util.Arrays.asList(
                "Sociale dienst",
                "Secretaris",
                24.0,
                48.0,
                null,
                "Dossiersoftware",
                null,
                null,
                null,
                1.0,
                2.0,
                4.0,
                5.0));
    HttpResponse<String> response =
        api.upload("aalst", assignment("aalst", "BIA"), "BIA Aalst.xlsx", Templates.bia(rows));
    assertEquals(201, response.statusCode(), response.body());
    JsonObject completeness = object(response).getJsonObject("completeness");
    assertEquals("INCOMPLETE", completeness.getString("outcome"));
    List<String> codes =
        completeness.getJsonArray("findings").stream()
            .map(f -> f.asJsonObject().getString("code"))
            .toList();
    assertEquals(
        List.of("MISSING_VALUE", "RTO_ABOVE_MTPD"),
        codes,
        "row 3: no RPO, and RTO 48 h > MTPD 24 h");
    JsonObject missingRpo = completeness.getJsonArray("findings").getJsonObject(0);
    assertEquals(3, missingRpo.getInt("row"));
    assertEquals("RPO (uren)", missingRpo.getString("column"));
    assertEquals("Rij 3: 'RPO (uren)' is niet ingevuld.", missingRpo.getString("message"));

    int submission = object(response).getInt("submissionId");
    JsonObject seenByExpert =
        object(api.get("expert", "api/submissions/" + submission))
            .getJsonArray("versions")
            .getJsonObject(0);
    assertEquals(
        "INCOMPLETE",
        seenByExpert.getJsonObject("completeness").getString("outcome"),
        "the reviewer sees the check again");
  }

  @Test
  void aBcpWithTwoSectionsMissingIsAcceptedAndTheSectionsAreNamed() {
    HttpResponse<String> response =
        api.upload(
            "brugge",
            assignment("brugge", "BCP"),
            "BCP Brugge.docx",
            Templates.bcp(java.util.Set.of("CONTACTS", "EXERCISE")));
    assertEquals(201, response.statusCode(), "the check informs, it never blocks");
    JsonObject completeness = object(response).getJsonObject("completeness");
    assertEquals(
        List.of(
            "Hoofdstuk ontbreekt: contactlijsten.", "Hoofdstuk ontbreekt: oefenen en onderhoud."),
        completeness.getJsonArray("findings").stream()
            .map(f -> f.asJsonObject().getString("message"))
            .toList());

    HttpResponse<String> complete =
        api.upload(
            "brugge",
            assignment("brugge", "BCP"),
            "BCP Brugge v2.docx",
            Templates.bcp(java.util.Set.of()));
    assertEquals("COMPLETE", object(complete).getJsonObject("completeness").getString("outcome"));
  }

  @Test
  void theTemplatesCanBeDownloadedAndNothingElse() {
    HttpResponse<byte[]> bia = api.getBytes(null, "templates/bia-sjabloon.xlsx");
    assertEquals(200, bia.statusCode());
    assertEquals("PK", new String(bia.body(), 0, 2, java.nio.charset.StandardCharsets.US_ASCII));
    assertEquals(200, api.getBytes(null, "templates/bcp-sjabloon.docx").statusCode());
    HttpResponse<byte[]> traversal = api.getBytes(null, "templates/..%2FWEB-INF%2Fweb.xml");
    assertTrue(traversal.statusCode() != 200, "status " + traversal.statusCode());
    assertFalse(
        new String(traversal.body(), java.nio.charset.StandardCharsets.UTF_8).contains("<web-app"));
    assertEquals(404, api.getBytes(null, "templates/messages_nl.properties").statusCode());
  }

  @Test
  void aReceivedDocumentIsConfirmedByMailWithItsFingerprint() throws Exception {
    byte[] bcp = Templates.bcp(java.util.Set.of("APPROVAL"));
    JsonObject version =
        object(api.upload("aalst", assignment("aalst", "BCP"), "BCP Aalst.docx", bcp));
    String sha = version.getString("sha256");
    jakarta.mail.internet.MimeMessage confirmation =
        Mailbox.await("aalst@demo.crt-portaal.invalid", sha);
    assertTrue(
        confirmation.getSubject().startsWith("Ontvangen: Business Continuity Plan"),
        confirmation.getSubject());
    String body = Mailbox.body(confirmation);
    assertTrue(body.contains("versie") || body.contains("Versie"), body);
    assertTrue(
        java.util.Arrays.stream(Mailbox.all())
            .noneMatch(
                m ->
                    Mailbox.recipients(m).contains("brugge@demo.crt-portaal.invalid")
                        && Mailbox.body(m).contains(sha)),
        "Brugge is never told about Aalst's document");
  }

  @Test
  void remindersGoOutOnceBeforeADeadlineToWhoHasNotHandedIn() throws Exception {
    long wave =
        TestServices.number(
            "SELECT wave_id FROM enrollment e JOIN municipality m ON m.id = e.municipality_id WHERE m.name = 'Brugge' ORDER BY wave_id LIMIT 1");
    String title = "Tussentijdse BCP-update " + UUID.randomUUID().toString().substring(0, 6);
    TestServices.insert(
        "INSERT INTO assignment (wave_id, kind, title, deadline) VALUES (?, 'BCP_UPDATE', ?, ?)",
        wave,
        title,
        java.sql.Timestamp.valueOf(java.time.LocalDateTime.now().plusDays(3)));

    assertEquals(403, api.post("aalst", "api/admin/reminders").statusCode());
    int queued = object(api.post("coordinator", "api/admin/reminders")).getInt("queued");
    assertTrue(
        queued >= 2,
        "Aalst and Brugge (and the wave's other municipalities) have nothing handed in: " + queued);
    assertEquals(
        0,
        object(api.post("coordinator", "api/admin/reminders")).getInt("queued"),
        "each reminder goes out once");

    jakarta.mail.internet.MimeMessage reminder =
        Mailbox.await("brugge@demo.crt-portaal.invalid", title);
    assertEquals("Herinnering: " + title, reminder.getSubject());
    assertTrue(
        Mailbox.body(reminder).contains("Brugge") && !Mailbox.body(reminder).contains("Aalst"),
        "only its own name");
  }

  @Test
  void municipalitiesAndContactsAreImportedOnceAndContactsSetTheirOwnPassword() throws Exception {
    String suffix = UUID.randomUUID().toString().substring(0, 6);
    String gent = "Gent " + suffix;
    String mail1 = "bcm-" + suffix + "@gent.invalid";
    String mail2 = "ict-" + suffix + "@gent.invalid";
    String mail3 = "info-" + suffix + "@hasselt.invalid";
    String csv =
        "gemeente;provincie;inwoners;contactpersoon;e-mail\n"
            + gent
            + ";Oost-Vlaanderen;265.000;An Peeters;"
            + mail1
            + "\n"
            + gent
            + ";Oost-Vlaanderen;265.000;Jan Claes;"
            + mail2
            + "\n"
            + "Hasselt "
            + suffix
            + ";limburg;80000;Els Wouters;"
            + mail3
            + "\n";
    byte[] file = csv.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    long wave =
        TestServices.number(
            "SELECT MIN(w.id) FROM wave w JOIN programme p ON p.id = w.programme_id WHERE p.track = 'BCP'");

    JsonObject dryRun =
        object(
            api.uploadTo(
                "coordinator", "api/admin/municipalities/import?dryRun=true", "lijst.csv", file));
    assertEquals(3, dryRun.getJsonObject("preview").getInt("valid"));
    assertEquals(2, dryRun.getJsonObject("preview").getInt("newMunicipalities"));
    assertTrue(
        !dryRun.containsKey("result") || dryRun.isNull("result"), "a dry run changes nothing");
    assertEquals(0, TestServices.number("SELECT COUNT(*) FROM municipality WHERE name = ?", gent));

    JsonObject result =
        object(
                api.uploadTo(
                    "coordinator",
                    "api/admin/municipalities/import?wave=" + wave,
                    "lijst.csv",
                    file))
            .getJsonObject("result");
    assertEquals(2, result.getInt("municipalitiesCreated"));
    assertEquals(3, result.getInt("contactsInvited"));
    assertEquals(2, result.getInt("enrolled"));
    assertEquals(
        265000, TestServices.number("SELECT population FROM municipality WHERE name = ?", gent));

    JsonObject again =
        object(
                api.uploadTo(
                    "coordinator",
                    "api/admin/municipalities/import?wave=" + wave,
                    "lijst.csv",
                    file))
            .getJsonObject("result");
    assertEquals(
        0,
        again.getInt("municipalitiesCreated")
            + again.getInt("contactsInvited")
            + again.getInt("enrolled"),
        "re-importing changes nothing");
    assertEquals(3, again.getInt("unchanged"));
    assertEquals(
        3,
        TestServices.number(
            "SELECT COUNT(*) FROM invitation i JOIN user_account u ON u.id = i.user_id WHERE u.email LIKE ?",
            "%" + suffix + "%"));

    jakarta.mail.internet.MimeMessage invitation =
        Mailbox.await(mail1, "set-password.xhtml?token=");
    String body = Mailbox.body(invitation);
    java.util.regex.Matcher link =
        java.util.regex.Pattern.compile("set-password\\.xhtml\\?token=([A-Za-z0-9_-]+)")
            .matcher(body);
    assertTrue(link.find(), body);
    String token = link.group(1);
    assertTrue(body.contains("Uw gebruikersnaam: " + mail1), body);
    assertFalse(
        body.toLowerCase(java.util.Locale.ROOT).contains("wachtwoord:"),
        "never a password in a mail");

    assertInvalid(
        api.postJson(
            null, "api/public/password", "{\"token\":\"" + token + "\",\"password\":\"kort\"}"),
        "INVALID_INPUT",
        "12 tekens");
    HttpResponse<String> set =
        api.postJson(
            null,
            "api/public/password",
            "{\"token\":\"" + token + "\",\"password\":\"Continuiteit-2026!\"}");
    assertEquals(200, set.statusCode(), set.body());
    JsonObject me = object(api.get(mail1 + ":Continuiteit-2026!", "api/me"));
    assertEquals(gent, me.getString("municipality"));
    assertInvalid(
        api.postJson(
            null,
            "api/public/password",
            "{\"token\":\"" + token + "\",\"password\":\"Nog-een-keer-2026\"}"),
        "INVALID_INPUT",
        "ongeldig, al gebruikt of verlopen");

    // A forgotten password: the coordinator sends a new link, the old password gives way to the new
    // one.
    long gentId = TestServices.number("SELECT id FROM municipality WHERE name = ?", gent);
    assertEquals(
        403,
        api.postJson(
                "aalst",
                "api/municipalities/" + gentId + "/invitations",
                "{\"username\":\"" + mail1 + "\"}")
            .statusCode());
    assertEquals(
        404,
        api.postJson(
                "coordinator",
                "api/municipalities/" + gentId + "/invitations",
                "{\"username\":\"aalst\"}")
            .statusCode());
    assertEquals(
        202,
        api.postJson(
                "coordinator",
                "api/municipalities/" + gentId + "/invitations",
                "{\"username\":\"" + mail1 + "\"}")
            .statusCode());
    // GreenMail lists messages per mailbox, not in order of arrival: look for a link that is not
    // the first.
    String firstToken = token;
    java.util.regex.Pattern tokenLink = java.util.regex.Pattern.compile("token=([A-Za-z0-9_-]+)");
    jakarta.mail.internet.MimeMessage second =
        Mailbox.await(
            m -> {
              java.util.regex.Matcher relink = tokenLink.matcher(Mailbox.body(m));
              return Mailbox.recipients(m).contains(mail1)
                  && relink.find()
                  && !relink.group(1).equals(firstToken);
            },
            "with a second invitation to " + mail1);
    java.util.regex.Matcher relink = tokenLink.matcher(Mailbox.body(second));
    String newToken = relink.find() ? relink.group(1) : null;
    assertTrue(newToken != null, "a second invitation arrived");
    assertEquals(
        200,
        api.postJson(
                null,
                "api/public/password",
                "{\"token\":\"" + newToken + "\",\"password\":\"Nieuw-wachtwoord-2027\"}")
            .statusCode());
    assertEquals(401, api.get(mail1 + ":Continuiteit-2026!", "api/me").statusCode());
    assertEquals(200, api.get(mail1 + ":Nieuw-wachtwoord-2027", "api/me").statusCode());
  }

  @Test
  void importRowsWithErrorsAreReportedPerRowAndSkipped() throws Exception {
    String suffix = UUID.randomUUID().toString().substring(0, 6);
    List<List<Object>> sheet =
        List.of(
            List.of("Gemeente", "Provincie", "Inwoners", "Contactpersoon", "E-mail"),
            List.of(
                "Leuven " + suffix,
                "Vlaams-Brabant",
                "102000",
                "Kim Maes",
                "kim-" + suffix + "@leuven.invalid"),
            List.of(
                "Atlantis " + suffix,
                "Zeeland",
                "10",
                "Nemo",
                "nemo-" + suffix + "@atlantis.invalid"),
            List.of("Mol " + suffix, "Antwerpen", "veel", "Tom", "geen-adres"),
            List.of("", "Limburg", "", "Iemand", "kim-" + suffix + "@leuven.invalid"),
            List.of("Lier " + suffix, "Antwerpen", "", "Bert", "aalst@demo.crt-portaal.invalid"));
    JsonObject answer =
        object(
            api.uploadTo(
                "coordinator", "api/admin/municipalities/import", "lijst.xlsx", xlsx(sheet)));
    var rows = answer.getJsonObject("preview").getJsonArray("rows");
    assertEquals(List.of(), errors(rows, 0));
    assertEquals(List.of("PROVINCE_UNKNOWN"), errors(rows, 1));
    assertEquals(List.of("POPULATION_INVALID", "EMAIL_INVALID"), errors(rows, 2));
    assertEquals(List.of("NAME_MISSING", "EMAIL_DUPLICATE"), errors(rows, 3));
    assertEquals(
        List.of("EMAIL_TAKEN"),
        errors(rows, 4),
        "Aalst's contact cannot be moved to another municipality");
    assertEquals(3, rows.getJsonObject(1).getInt("line"), "row numbers as Excel shows them");
    assertEquals(1, answer.getJsonObject("result").getInt("municipalitiesCreated"));
    assertEquals(4, answer.getJsonObject("result").getInt("skipped"));
    assertEquals(
        0,
        TestServices.number(
            "SELECT COUNT(*) FROM municipality WHERE name = ?", "Atlantis " + suffix));

    assertInvalid(
        api.uploadTo(
            "coordinator",
            "api/admin/municipalities/import",
            "lijst.pdf",
            be.vlaanderen.crt.portal.testsupport.SampleFiles.pdf("geen lijst")),
        "INVALID_INPUT",
        "CSV");
    assertInvalid(
        api.uploadTo(
            "coordinator",
            "api/admin/municipalities/import",
            "lijst.csv",
            "naam;adres\nx;y".getBytes()),
        "INVALID_INPUT",
        "kopregel");
    assertEquals(
        403,
        api.uploadTo(
                "aalst",
                "api/admin/municipalities/import",
                "lijst.csv",
                "gemeente;e-mail\n".getBytes())
            .statusCode());
  }

  private static List<String> errors(jakarta.json.JsonArray rows, int index) {
    return rows.getJsonObject(index)
        .getJsonArray("errors")
        .getValuesAs(jakarta.json.JsonString::getString);
  }

  private static byte[] xlsx(List<List<Object>> rows) throws java.io.IOException {
    try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
        var out = new java.io.ByteArrayOutputStream()) {
      var sheet = workbook.createSheet("Gemeenten");
      for (int r = 0; r < rows.size(); r++) {
        var row = sheet.createRow(r);
        for (int c = 0; c < rows.get(r).size(); c++) {
          row.createCell(c).setCellValue(String.valueOf(rows.get(r).get(c)));
        }
      }
      workbook.write(out);
      return out.toByteArray();
    }
  }

  @Test
  void aNewAssignmentReachesEveryMunicipalityOfTheWaveByMailAndOnItsTimeline() throws Exception {
    long aalst = municipality("Aalst");
    long wave =
        TestServices.number("SELECT MIN(wave_id) FROM enrollment WHERE municipality_id = ?", aalst);
    String title = "BCP-update na oefening " + UUID.randomUUID().toString().substring(0, 6);
    String deadline =
        java.time.LocalDateTime.now().plusDays(30).withNano(0).withSecond(0).toString();
    String json =
        "{\"kind\":\"SELF_EVALUATION\",\"title\":\""
            + title
            + "\",\"description\":\"Na de tafeloefening\",\"deadline\":\""
            + deadline
            + "\"}";

    assertEquals(
        403, api.postJson("aalst", "api/waves/" + wave + "/assignments", json).statusCode());
    assertInvalid(
        api.postJson(
            "coordinator",
            "api/waves/" + wave + "/assignments",
            json.replace(deadline, "2020-01-01T10:00")),
        "INVALID_INPUT",
        "toekomst");
    assertInvalid(
        api.postJson(
            "coordinator",
            "api/waves/" + wave + "/assignments",
            json.replace("SELF_EVALUATION", "HOMEWORK")),
        "INVALID_INPUT",
        "soort");
    HttpResponse<String> created =
        api.postJson("coordinator", "api/waves/" + wave + "/assignments", json);
    assertEquals(201, created.statusCode(), created.body());
    long id = object(created).getJsonNumber("id").longValue();
    assertInvalid(
        api.postJson("coordinator", "api/waves/" + wave + "/assignments", json),
        "INVALID_INPUT",
        "al een opdracht van deze soort");

    jakarta.mail.internet.MimeMessage toBrugge =
        Mailbox.await("brugge@demo.crt-portaal.invalid", title);
    assertEquals("Nieuwe opdracht: " + title, toBrugge.getSubject());
    assertTrue(Mailbox.body(toBrugge).contains("assignment=" + id), Mailbox.body(toBrugge));
    Mailbox.await("aalst@demo.crt-portaal.invalid", title);

    var timeline = ApiClient.array(api.get("aalst", "api/municipalities/" + aalst + "/timeline"));
    assertTrue(
        timeline.stream().anyMatch(i -> i.asJsonObject().getString("title").equals(title)),
        timeline.toString());
    assertEquals(404, api.get("brugge", "api/municipalities/" + aalst + "/timeline").statusCode());
  }

  @Test
  void theAuditTrailOfAMunicipalityShowsWhoDidWhatAndNothingOfOthers() {
    long aalst = municipality("Aalst");
    JsonObject version =
        object(
            api.upload("aalst", assignment("aalst", "BIA"), "BIA.xlsx", Templates.bia(List.of())));
    assertEquals(
        200,
        api.getBytes("expert", "api/documents/" + version.getInt("versionId") + "/content")
            .statusCode());
    api.upload("brugge", assignment("brugge", "BIA"), "BIA Brugge.xlsx", Templates.bia(List.of()));

    JsonObject detail = object(api.get("coordinator", "api/municipalities/" + aalst));
    List<String> actions =
        detail.getJsonArray("trail").stream()
            .map(
                e ->
                    e.asJsonObject().getString("actor")
                        + " "
                        + e.asJsonObject().getString("action"))
            .toList();
    assertTrue(actions.contains("aalst DOCUMENT_UPLOADED"), actions.toString());
    assertTrue(actions.contains("expert DOCUMENT_DOWNLOADED"), actions.toString());
    assertTrue(
        actions.stream().noneMatch(a -> a.startsWith("brugge ")),
        "Brugge's actions are not in Aalst's trail");
    assertEquals(403, api.get("aalst", "api/municipalities/" + aalst).statusCode());
    assertEquals(
        200,
        api.get("steering", "api/municipalities/" + aalst).statusCode(),
        "steering reads the trail");
    assertEquals(
        403,
        api.put(
                "steering",
                "api/municipalities/" + aalst + "/good-practice",
                "{\"goodPractice\":true}")
            .statusCode(),
        "but changes nothing");

    JsonObject marked =
        object(
            api.put(
                "coordinator",
                "api/municipalities/" + aalst + "/good-practice",
                "{\"goodPractice\":true,\"note\":\"Sterke crisiscommunicatie\"}"));
    assertTrue(marked.getBoolean("goodPractice"));
    assertEquals("Sterke crisiscommunicatie", marked.getString("goodPracticeNote"));
    assertEquals(
        "GOOD_PRACTICE_MARKED", marked.getJsonArray("trail").getJsonObject(0).getString("action"));
  }

  @Test
  void workshopMaterialsAreCheckedStoredAndOnlyForTheWave() throws Exception {
    long wave =
        TestServices.number(
            "SELECT wave_id FROM enrollment e JOIN municipality m ON m.id = e.municipality_id WHERE m.name = 'Aalst' ORDER BY wave_id LIMIT 1");
    // The demo data plans the five workshops of wave 1.
    long workshop = TestServices.number("SELECT MIN(id) FROM workshop WHERE wave_id = ?", wave);
    byte[] slides =
        be.vlaanderen.crt.portal.testsupport.SampleFiles.pdf("Workshop BIA " + UUID.randomUUID());

    assertEquals(
        403,
        api.uploadTo("aalst", "api/workshops/" + workshop + "/materials", "slides.pdf", slides)
            .statusCode());
    HttpResponse<String> refused =
        api.uploadTo(
            "coordinator",
            "api/workshops/" + workshop + "/materials",
            "slides.pdf",
            be.vlaanderen.crt.portal.testsupport.SampleFiles.executable());
    assertEquals(415, refused.statusCode(), "materials get the same checks as every document");
    HttpResponse<String> added =
        api.uploadTo(
            "coordinator", "api/workshops/" + workshop + "/materials", "Slides BIA.pdf", slides);
    assertEquals(201, added.statusCode(), added.body());
    long material = object(added).getJsonNumber("id").longValue();

    HttpResponse<byte[]> download = api.getBytes("aalst", "api/materials/" + material + "/content");
    assertEquals(200, download.statusCode());
    assertArrayEquals(slides, download.body());
    var timeline =
        ApiClient.array(
            api.get("aalst", "api/municipalities/" + municipality("Aalst") + "/timeline"));
    assertTrue(timeline.toString().contains("Slides BIA.pdf"), "the material is on the timeline");
    assertEquals(404, api.getBytes("aalst", "api/materials/999999/content").statusCode());
    String key =
        be.vlaanderen.crt.portal.storage.ContentKeys.forSha256(object(added).getString("sha256"));
    JsonObject reconciliation = object(api.get("coordinator", "api/admin/reconciliation"));
    assertFalse(
        reconciliation
            .getJsonArray("orphans")
            .getValuesAs(JsonValue::toString)
            .contains("\"" + key + "\""),
        "a material's object is referenced, not an orphan");

    // A municipality outside the wave: imported without enrolment, its contact sets a password.
    String suffix = UUID.randomUUID().toString().substring(0, 6);
    String outsider = "buiten-" + suffix + "@elders.invalid";
    api.uploadTo(
        "coordinator",
        "api/admin/municipalities/import",
        "lijst.csv",
        ("gemeente;provincie;contactpersoon;e-mail\nElders "
                + suffix
                + ";Limburg;Iemand;"
                + outsider
                + "\n")
            .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    java.util.regex.Matcher link =
        java.util.regex.Pattern.compile("token=([A-Za-z0-9_-]+)")
            .matcher(Mailbox.body(Mailbox.await(outsider, "token=")));
    assertTrue(link.find());
    api.postJson(
        null,
        "api/public/password",
        "{\"token\":\"" + link.group(1) + "\",\"password\":\"Elders-wachtwoord-1\"}");
    assertEquals(200, api.get(outsider + ":Elders-wachtwoord-1", "api/me").statusCode());
    assertEquals(
        404,
        api.getBytes(outsider + ":Elders-wachtwoord-1", "api/materials/" + material + "/content")
            .statusCode(),
        "materials are for the municipalities of the wave");
  }

  @Test
  void theCoordinatorsOwnTemplateReplacesThePortalsForThatAssignment() {
    long bcp = assignment("aalst", "BCP");
    byte[] own = Templates.bcp(java.util.Set.of("APPROVAL"));
    assertEquals(
        403,
        api.uploadTo("aalst", "api/assignment-templates/" + bcp, "sjabloon.docx", own)
            .statusCode());
    assertEquals(
        415,
        api.uploadTo(
                "coordinator",
                "api/assignment-templates/" + bcp,
                "sjabloon.docx",
                be.vlaanderen.crt.portal.testsupport.SampleFiles.text("geen sjabloon"))
            .statusCode());
    HttpResponse<String> attached =
        api.uploadTo(
            "coordinator", "api/assignment-templates/" + bcp, "BCP-sjabloon Vlaanderen.docx", own);
    assertEquals(201, attached.statusCode(), attached.body());

    HttpResponse<byte[]> forAalst = api.getBytes("aalst", "api/assignment-templates/" + bcp);
    assertEquals(200, forAalst.statusCode());
    assertArrayEquals(own, forAalst.body());
    assertTrue(
        forAalst
            .headers()
            .firstValue("Content-Disposition")
            .orElseThrow()
            .contains("BCP-sjabloon%20Vlaanderen.docx"));
    HttpResponse<byte[]> shipped =
        api.getBytes("brugge", "api/assignment-templates/" + assignment("brugge", "BIA"));
    assertEquals(
        "PK",
        new String(shipped.body(), 0, 2, java.nio.charset.StandardCharsets.US_ASCII),
        "the portal's BIA template otherwise");
    assertEquals(404, api.getBytes("aalst", "api/assignment-templates/999999").statusCode());
  }

  @Test
  void aFullWaveTakesNoMoreMunicipalities() {
    long programme = TestServices.number("SELECT MIN(id) FROM programme");
    String suffix = UUID.randomUUID().toString().substring(0, 6);
    long small =
        TestServices.insert(
            "INSERT INTO wave (programme_id, number, name, capacity) VALUES (?, ?, ?, 1)",
            programme,
            1000 + (int) (Math.random() * 100000),
            "Kleine groep " + suffix);
    String csv =
        "gemeente;provincie;contactpersoon;e-mail\n"
            + "Eeklo "
            + suffix
            + ";Oost-Vlaanderen;A;a-"
            + suffix
            + "@eeklo.invalid\n"
            + "Tielt "
            + suffix
            + ";West-Vlaanderen;B;b-"
            + suffix
            + "@tielt.invalid\n";
    JsonObject result =
        object(
                api.uploadTo(
                    "coordinator",
                    "api/admin/municipalities/import?wave=" + small,
                    "lijst.csv",
                    csv.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
            .getJsonObject("result");
    assertEquals(2, result.getInt("municipalitiesCreated"));
    assertEquals(1, result.getInt("enrolled"));
    assertEquals(1, result.getInt("waveFull"));
    assertEquals(
        1, TestServices.number("SELECT COUNT(*) FROM enrollment WHERE wave_id = ?", small));
  }

  @Test
  void theReviewerMovesASubmissionThroughItsStatusesAndTheMunicipalitySeesThem() {
    long bcp = assignment("brugge", "BCP");
    long submission =
        object(api.upload("brugge", bcp, "BCP Brugge.docx", Templates.bcp(java.util.Set.of())))
            .getJsonNumber("submissionId")
            .longValue();
    assertEquals("SUBMITTED", statusOf("brugge", bcp));

    assertEquals(
        403,
        api.put(
                "brugge",
                "api/submissions/" + submission + "/review-state",
                "{\"state\":\"ACCEPTED\"}")
            .statusCode());
    assertEquals(
        404,
        api.put(
                "aalst",
                "api/submissions/" + submission + "/review-state",
                "{\"state\":\"ACCEPTED\"}")
            .statusCode());
    assertInvalid(
        api.put(
            "expert", "api/submissions/" + submission + "/review-state", "{\"state\":\"DONE\"}"),
        "INVALID_INPUT",
        "IN_REVIEW");

    assertEquals(
        204,
        api.put(
                "expert",
                "api/submissions/" + submission + "/review-state",
                "{\"state\":\"IN_REVIEW\"}")
            .statusCode());
    assertEquals("IN_REVIEW", statusOf("brugge", bcp));
    api.put(
        "expert",
        "api/submissions/" + submission + "/review-state",
        "{\"state\":\"FEEDBACK_AVAILABLE\"}");
    assertEquals("FEEDBACK_AVAILABLE", statusOf("brugge", bcp));
    api.upload("brugge", bcp, "BCP Brugge v2.docx", Templates.bcp(java.util.Set.of("SCOPE")));
    assertEquals("REVISED", statusOf("brugge", bcp), "a new version after the feedback");
    api.put(
        "coordinator",
        "api/submissions/" + submission + "/review-state",
        "{\"state\":\"ACCEPTED\"}");
    assertEquals("ACCEPTED", statusOf("brugge", bcp));
    long wave = TestServices.number("SELECT wave_id FROM assignment WHERE id = ?", bcp);
    JsonObject matrix = object(api.get("steering", "api/waves/" + wave + "/progress"));
    assertEquals(
        "ACCEPTED",
        cell(row(matrix, "Brugge"), "BCP").getString("status"),
        "the matrix says the same as the worklist");
  }

  private String statusOf(String user, long assignmentId) {
    return ApiClient.array(api.get(user, "api/assignments")).stream()
        .map(JsonValue::asJsonObject)
        .filter(a -> a.getJsonNumber("assignmentId").longValue() == assignmentId)
        .findFirst()
        .orElseThrow()
        .getString("status");
  }

  @Test
  void aMovedDeadlineShowsEverywhereAndGetsItsOwnReminder() {
    long aalst = municipality("Aalst");
    long wave =
        TestServices.number("SELECT MIN(wave_id) FROM enrollment WHERE municipality_id = ?", aalst);
    long bcp = assignment("aalst", "BCP");
    String soon = java.time.LocalDateTime.now().plusDays(2).withSecond(0).withNano(0).toString();

    assertEquals(
        403,
        api.put(
                "aalst",
                "api/waves/" + wave + "/assignments/" + bcp + "/deadline",
                "{\"deadline\":\"" + soon + "\"}")
            .statusCode());
    assertInvalid(
        api.put(
            "coordinator",
            "api/waves/" + wave + "/assignments/" + bcp + "/deadline",
            "{\"deadline\":\"2020-01-01T10:00\"}"),
        "INVALID_INPUT",
        "toekomst");
    assertEquals(
        404,
        api.put(
                "coordinator",
                "api/waves/999999/assignments/" + bcp + "/deadline",
                "{\"deadline\":\"" + soon + "\"}")
            .statusCode());
    assertEquals(
        204,
        api.put(
                "coordinator",
                "api/waves/" + wave + "/assignments/" + bcp + "/deadline",
                "{\"deadline\":\"" + soon + "\"}")
            .statusCode());

    String shown =
        ApiClient.array(api.get("aalst", "api/assignments")).stream()
            .map(JsonValue::asJsonObject)
            .filter(a -> a.getJsonNumber("assignmentId").longValue() == bcp)
            .findFirst()
            .orElseThrow()
            .getString("deadline");
    assertTrue(shown.startsWith(soon.substring(0, 16)), shown);
    assertTrue(
        object(api.post("coordinator", "api/admin/reminders")).getInt("queued") >= 1,
        "the new date is within the reminder window");
  }

  private long assignment(String user, String kind) {
    return ApiClient.array(api.get(user, "api/assignments")).stream()
        .map(JsonValue::asJsonObject)
        .filter(a -> a.getString("kind").equals(kind))
        .findFirst()
        .orElseThrow()
        .getJsonNumber("assignmentId")
        .longValue();
  }

  private JsonObject startComparison(long municipality) {
    return object(api.get("aalst", path(municipality))).getJsonArray("wave").stream()
        .map(JsonValue::asJsonObject)
        .filter(w -> w.getString("moment").equals("START"))
        .findFirst()
        .orElseThrow();
  }

  /**
   * Another municipality of the same wave that filled in the self-evaluation (written directly).
   */
  private static void addRespondentInWaveOf(long municipality, int[] scores) {
    long wave =
        TestServices.number(
            "SELECT MIN(wave_id) FROM enrollment WHERE municipality_id = ?", municipality);
    long other =
        TestServices.insert(
            "INSERT INTO municipality (name, province) VALUES (?, 'LIMBURG')",
            "Gemeente " + UUID.randomUUID());
    TestServices.insert(
        "INSERT INTO enrollment (wave_id, municipality_id) VALUES (?, ?)", wave, other);
    long questionnaire = TestServices.number("SELECT MAX(id) FROM questionnaire");
    long evaluation =
        TestServices.insert(
            "INSERT INTO self_evaluation (municipality_id, questionnaire_id, moment, updated_at, updated_by) VALUES (?, ?, 'START', NOW(), 'test')",
            other,
            questionnaire);
    for (int q = 0; q < scores.length; q++) {
      long question =
          TestServices.number(
              "SELECT id FROM question WHERE questionnaire_id = ? AND number = ?",
              questionnaire,
              q + 1);
      TestServices.insert(
          "INSERT INTO self_evaluation_answer (self_evaluation_id, question_id, score) VALUES (?, ?, ?)",
          evaluation,
          question,
          scores[q]);
    }
  }

  private static long municipality(String name) {
    return TestServices.number("SELECT id FROM municipality WHERE name = ?", name);
  }

  private static String path(long municipality) {
    return "api/municipalities/" + municipality + "/self-evaluation";
  }

  private static String body(String moment, int[] scores, String remark) {
    StringBuilder json = new StringBuilder("{\"moment\":\"" + moment + "\",\"answers\":[");
    for (int i = 0; i < scores.length; i++) {
      json.append(i == 0 ? "" : ",")
          .append("{\"number\":")
          .append(i + 1)
          .append(",\"score\":")
          .append(scores[i]);
      if (i == 0 && remark != null) {
        json.append(",\"remark\":\"").append(remark.replace("\"", "\\\"")).append('"');
      }
      json.append('}');
    }
    return json.append("]}").toString();
  }

  private static void assertInvalid(
      HttpResponse<String> response, String code, String messagePart) {
    assertEquals(400, response.statusCode(), response.body());
    JsonObject error = object(response);
    assertEquals(code, error.getString("error"));
    assertTrue(error.getString("message").contains(messagePart), error.getString("message"));
  }
}
