package be.vlaanderen.crt.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.vlaanderen.crt.portal.testsupport.ApiClient;
import be.vlaanderen.crt.portal.testsupport.TestServices;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 16: the agreement through the API as an integrating system drives it — Brussels dates at
 * midnight, and what the API must offer besides the pages.
 */
@ExtendWith(ArquillianExtension.class)
class AgreementApiIT {

  static {
    TestServices.start();
  }

  private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

  @ArquillianResource URL base;

  @Deployment(testable = false)
  static WebArchive portal() {
    return TestServices.portalWar();
  }

  /**
   * At 00:30 in Brussels, UTC is still on the day before: the day's work counts on the Brussels
   * date, and the budget "as of today" and "as of that date" both include it.
   */
  @Test
  void justAfterMidnightInBrusselsTheProgrammeIsAlreadyOnTheNewDay() {
    var api = new ApiClient(base);
    long town =
        TestServices.number(
            "SELECT municipality_id FROM user_account WHERE username = ?",
            TestServices.municipalityWithContact("Middernacht"));
    LocalDate day = LocalDate.now(BRUSSELS);
    String lateEvening = day.minusDays(1).atTime(23, 30).toInstant(ZoneOffset.UTC).toString();
    HttpResponse<String> set =
        api.put("coordinator", "api/admin/clock", "{\"instant\":\"" + lateEvening + "\"}");
    assertEquals(200, set.statusCode(), set.body());
    try {
      JsonObject clock = ApiClient.object(set);
      assertEquals(day.toString(), clock.getString("brusselsDate"), set.body());
      assertTrue(clock.getString("brusselsTime").matches("0[01]:30(:00)?"), set.body());
      assertEquals(403, api.get("analist", "api/admin/clock").statusCode());

      BigDecimal before =
          new BigDecimal(
              ApiClient.object(api.get("coordinator", "api/budget"))
                  .getString("programmeRealised"));
      HttpResponse<String> entry =
          api.postJson(
              "analist",
              "api/time-entries",
              "{\"profile\":\"FA\",\"date\":\""
                  + day
                  + "\",\"days\":0.5,\"activity\":\"FEEDBACK_ROUND\",\"track\":\"BCP\",\"municipalityId\":"
                  + town
                  + "}");
      assertEquals(
          201, entry.statusCode(), "the Brussels date is today, not the future: " + entry.body());
      assertEquals(day.toString(), ApiClient.object(entry).getString("date"));
      BigDecimal amount = new BigDecimal(ApiClient.object(entry).getString("amount"));

      HttpResponse<String> today = api.get("coordinator", "api/budget");
      assertEquals(200, today.statusCode(), today.body());
      assertEquals(day.toString(), ApiClient.object(today).getString("asOf"));
      assertEquals(
          before.add(amount),
          new BigDecimal(ApiClient.object(today).getString("programmeRealised")),
          "the day's work is in today's budget");
      HttpResponse<String> ofTheDay = api.get("steering", "api/budget?date=" + day);
      assertEquals(200, ofTheDay.statusCode(), ofTheDay.body());
      assertEquals(
          before.add(amount),
          new BigDecimal(ApiClient.object(ofTheDay).getString("programmeRealised")));
      HttpResponse<String> tomorrow = api.get("steering", "api/budget?date=" + day.plusDays(1));
      assertEquals(400, tomorrow.statusCode(), tomorrow.body());
      HttpResponse<String> month = api.get("analist", "api/time-entries");
      assertTrue(month.body().contains("\"date\":\"" + day + "\""), month.body());
      assertEquals(
          204,
          api.delete("analist", "api/time-entries/" + ApiClient.object(entry).getInt("id"))
              .statusCode());
    } finally {
      assertEquals(200, api.delete("coordinator", "api/admin/clock").statusCode());
    }
  }
}
