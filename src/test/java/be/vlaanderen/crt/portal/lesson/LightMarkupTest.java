package be.vlaanderen.crt.portal.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A lesson's text rendered: our three markup rules, and nothing of the author's own HTML. */
class LightMarkupTest {

  @Test
  void paragraphsListsAndBold() {
    assertEquals(
        "<p>Een <strong>noodprocedure</strong> helpt.</p><ul><li>druk af</li><li>bewaar</li></ul>",
        LightMarkup.html("Een **noodprocedure** helpt.\n\n- druk af\n- bewaar"));
  }

  @Test
  void htmlOfTheAuthorIsShownNotExecuted() {
    assertEquals(
        "<p>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; <strong>&lt;b&gt;</strong></p>",
        LightMarkup.html("<script>alert('x')</script> & **<b>**"));
  }

  @Test
  void plainTextForTheIndexDropsTheMarkup() {
    assertEquals(
        "Een noodprocedure helpt.\n\ndruk af",
        LightMarkup.plain("Een **noodprocedure** helpt.\n\n- druk af"));
  }
}
