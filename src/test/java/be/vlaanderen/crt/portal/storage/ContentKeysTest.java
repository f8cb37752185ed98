package be.vlaanderen.crt.portal.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ContentKeysTest {

  private static final String HASH =
      "aca9598b1448644097d5774a049e01a81e83185e4617d84dd915740e9ee44396";

  @Test
  void sameContentHashGivesSameKeyWithTwoLevelsOfFanOut() {
    assertEquals("documents/sha256/ac/a9/" + HASH, ContentKeys.forSha256(HASH));
    assertEquals(ContentKeys.forSha256(HASH), ContentKeys.forSha256(HASH.toUpperCase()));
  }

  @Test
  void anythingButAHexSha256IsRefused() {
    assertThrows(IllegalArgumentException.class, () -> ContentKeys.forSha256("../../etc/passwd"));
    assertThrows(IllegalArgumentException.class, () -> ContentKeys.forSha256(HASH.substring(1)));
    assertThrows(
        IllegalArgumentException.class, () -> ContentKeys.forSha256(HASH.replace('a', 'g')));
    assertThrows(IllegalArgumentException.class, () -> ContentKeys.forSha256(null));
  }

  @Test
  void recognisesOnlyKeysItMade() {
    assertTrue(ContentKeys.isContentKey(ContentKeys.forSha256(HASH)));
    assertFalse(ContentKeys.isContentKey("documents/sha256/00/00/" + HASH));
    assertFalse(ContentKeys.isContentKey("other/" + HASH));
  }
}
