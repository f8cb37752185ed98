/**
 * The KPIs the steering committee decides: a catalogue of named KPIs over the measures the portal
 * can compute ({@link be.vlaanderen.crt.portal.kpi.Measure}), each with a target and switched on or
 * off for the steering report, and their values across the programme and per individual
 * municipality as of a date. It reads the other features' tables and writes only its own.
 */
package be.vlaanderen.crt.portal.kpi;
