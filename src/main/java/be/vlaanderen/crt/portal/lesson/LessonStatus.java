package be.vlaanderen.crt.portal.lesson;

/** The lifecycle of a lesson learned. */
public enum LessonStatus {
  DRAFT,
  APPROVED,
  PUBLISHED,
  RETIRED
}
