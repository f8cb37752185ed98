/**
 * Automatic completeness checks of handed-in documents: the BIA workbook against the portal
 * template, the BCP against its required sections. The checks inform; they never block a
 * submission.
 */
package be.vlaanderen.crt.portal.completeness;
