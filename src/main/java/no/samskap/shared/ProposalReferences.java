package no.samskap.shared;

import java.util.Collection;
import java.util.Set;
import java.util.UUID;

/**
 * What one module holds that refers to proposals, for removing a deleted account's proposals that
 * nobody else has responded to: each module says whether someone other than the author has responded
 * here (voted, commented, put it in a scenario or a workshop), and removes its own rows for the
 * proposals that go, so the proposals module need not read or write other modules' tables.
 */
public interface ProposalReferences {

    /** Of these proposals, the ones someone other than {@code author} has responded to in this module. */
    Set<UUID> respondedToByOthers(Collection<UUID> proposals, AccountId author);

    /** Removes this module's rows that refer to these proposals, before the proposals themselves go. */
    void removeFor(Collection<UUID> proposals);
}
