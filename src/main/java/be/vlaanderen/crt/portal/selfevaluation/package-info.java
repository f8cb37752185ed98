/**
 * The BCM self-evaluation: a versioned questionnaire of ten questions scored 0 to 3, filled at the
 * start and the end of a wave, compared with the wave median.
 */
package be.vlaanderen.crt.portal.selfevaluation;
