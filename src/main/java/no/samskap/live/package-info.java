/** The cluster event bus: relays live domain events through Hazelcast and fans them out to open UIs. */
@org.springframework.modulith.ApplicationModule(displayName = "Live")
package no.samskap.live;
