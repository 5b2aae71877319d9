/**
 * The shell: main layout, navigation, languages, error handling. Knows no feature module;
 * views register themselves with {@code @Menu}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "UI shell")
package no.samskap.ui;
