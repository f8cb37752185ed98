package be.vlaanderen.crt.portal.lesson;

/** What a toolkit resource is. */
public enum ResourceType {
  TEMPLATE,
  CHECKLIST,
  GOOD_PRACTICE
}
