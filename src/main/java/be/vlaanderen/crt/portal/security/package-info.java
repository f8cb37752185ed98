/** Accounts, roles, authentication (form and HTTP Basic) and who may see which municipality. */
package be.vlaanderen.crt.portal.security;
