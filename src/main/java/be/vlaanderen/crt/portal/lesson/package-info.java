/**
 * Lessons learned: drafts promoted from review remarks or group-feedback themes, with the
 * municipality's name removed. The toolkit builds their approval and publication on this.
 */
package be.vlaanderen.crt.portal.lesson;
