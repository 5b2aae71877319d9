package no.samskap.persistence;

import no.samskap.support.SamskapTest;

/** The persistence contract on the embedded H2 database. */
@SamskapTest
class H2PersistenceTest extends PersistenceContract {}
