package be.vlaanderen.crt.portal.pilot.selection;

/** Size classes by population, used to spread the pilot's places over small and large towns. */
public enum SizeClass {
  SMALL(0, 10_000),
  MEDIUM(10_000, 25_000),
  LARGE(25_000, 50_000),
  CITY(50_000, Integer.MAX_VALUE);

  private final int from;
  private final int below;

  SizeClass(int from, int below) {
    this.from = from;
    this.below = below;
  }

  public static SizeClass of(int population) {
    for (SizeClass c : values()) {
      if (population >= c.from && population < c.below) {
        return c;
      }
    }
    return SMALL;
  }
}
