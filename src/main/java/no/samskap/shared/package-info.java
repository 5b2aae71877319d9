/** Value types every module may use; depends on nothing else in Samskap. */
@org.springframework.modulith.ApplicationModule(displayName = "Shared", type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package no.samskap.shared;
