package be.vlaanderen.crt.portal.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FileNamesTest {

  @Test
  void pathPartsAreDropped() {
    assertEquals("passwd.pdf", FileNames.sanitise("../../etc/passwd.pdf"));
    assertEquals("BIA.pdf", FileNames.sanitise("C:\\fakepath\\BIA.pdf"));
    assertEquals("x.pdf", FileNames.sanitise("/abs/olute/x.pdf"));
  }

  @Test
  void controlAndBidiCharactersAreRemoved() {
    assertEquals("BIA Aalstfdp.exe", FileNames.sanitise("BIA Aalst\u202Efdp.exe"));
    assertEquals("ab.pdf", FileNames.sanitise("a\u0000b\u0007.pdf"));
    assertEquals("a b.pdf", FileNames.sanitise("a\tb.pdf"));
  }

  @Test
  void windowsReservedCharactersAndLeadingDotsAreReplaced() {
    assertEquals("a_b_c_.pdf", FileNames.sanitise("a<b>c?.pdf"));
    assertEquals("htaccess", FileNames.sanitise("..htaccess"));
  }

  @Test
  void emptyOrDotsOnlyBecomesDocument() {
    assertEquals("document", FileNames.sanitise(""));
    assertEquals("document", FileNames.sanitise(null));
    assertEquals("document", FileNames.sanitise("../.."));
  }

  @Test
  void longNamesAreShortenedKeepingTheExtension() {
    String name = FileNames.sanitise("x".repeat(400) + ".docx");
    assertEquals(FileNames.MAX_LENGTH, name.length());
    assertTrue(name.endsWith(".docx"));
  }

  @Test
  void accentsAndSpacesSurvive() {
    assertEquals(
        "Continuïteitsplan Brugge v2.odt", FileNames.sanitise("Continuïteitsplan  Brugge v2.odt"));
  }

  @Test
  void theOriginalIsShownWithInvisibleCharactersMadeVisible() {
    String shown = FileNames.displayable("C:\\dir\\BIA\u202Efdp.exe");
    assertEquals("C:\\dir\\BIA\\u202Efdp.exe", shown);
    assertFalse(shown.chars().anyMatch(Character::isISOControl));
  }

  @Test
  void theDetectedExtensionIsAddedWhenMissing() {
    assertEquals("scan.pdf", FileNames.withExtension("scan", "pdf"));
    assertEquals("scan.PDF", FileNames.withExtension("scan.PDF", "pdf"));
  }
}
