/** Accounts, roles, login, registration, throttling and the signed-in user. */
@org.springframework.modulith.ApplicationModule(displayName = "Identity")
package no.samskap.identity;
