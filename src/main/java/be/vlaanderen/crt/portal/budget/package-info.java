/**
 * Time and money for the steering committee: profiles with dated day rates, the budget plan of the
 * agreement, time entries with a monthly lock, budget and co-financing reports and the steering
 * report (dashboard, PDF, XLSX). Amounts are {@link Money}: exact through every sum and share,
 * rounded to cents once, where they are shown (page, export, the API's decimal string).
 */
package be.vlaanderen.crt.portal.budget;
