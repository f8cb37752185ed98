/**
 * Time and money for the steering committee: profiles with dated day rates, the budget plan of the
 * agreement, time entries with a monthly lock, budget and co-financing reports and the steering
 * report (dashboard, PDF, XLSX). Amounts are {@link java.math.BigDecimal} euros, rounded to cents
 * once, at the end.
 */
package be.vlaanderen.crt.portal.budget;
