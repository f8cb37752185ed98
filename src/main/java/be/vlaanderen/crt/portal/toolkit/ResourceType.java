package be.vlaanderen.crt.portal.toolkit;

/** What a toolkit resource is. */
public enum ResourceType {
  TEMPLATE,
  CHECKLIST,
  GOOD_PRACTICE
}
