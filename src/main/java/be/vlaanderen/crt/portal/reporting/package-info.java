/** Reports for coordinators and the steering committee: the progress matrix and its XLSX export. */
package be.vlaanderen.crt.portal.reporting;
