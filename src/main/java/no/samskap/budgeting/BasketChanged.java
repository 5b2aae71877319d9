package no.samskap.budgeting;

import no.samskap.shared.AccountId;
import no.samskap.shared.LiveEvent;
import no.samskap.shared.MunicipalityId;
import no.samskap.shared.ProcessId;

/**
 * A person changed their unconfirmed basket in one tab: their other tabs, on any node, follow. The
 * basket itself stays in the cluster map; the event only says where to look. (A confirmed basket is
 * announced by {@link BallotCounted}.)
 *
 * @param tab the tab that made the change, which need not follow itself
 */
public record BasketChanged(ProcessId process, MunicipalityId municipality, AccountId voter, String tab)
        implements LiveEvent {}
