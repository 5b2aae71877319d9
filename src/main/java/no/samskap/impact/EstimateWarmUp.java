package no.samskap.impact;

import java.util.List;
import no.samskap.municipality.Municipality;
import no.samskap.municipality.MunicipalityService;
import no.samskap.proposals.ProposalQuery;
import no.samskap.proposals.ProposalService;
import no.samskap.proposals.ProposalSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;

/**
 * Computes public proposals' estimates once when the node starts (in the background), so the node's
 * estimate cache is warm: a scenario of a thousand proposals then adds up cached draws in a few
 * milliseconds instead of running a thousand Monte Carlos first. It stops when the cache is full:
 * going on would only empty it again, and with 100,000 proposals it kept a core busy for minutes.
 */
@Component
class EstimateWarmUp {

    private static final Logger log = LoggerFactory.getLogger(EstimateWarmUp.class);
    private static final int PAGE = 200;

    private final ImpactService impact;
    private final ProposalService proposals;
    private final MunicipalityService municipalities;
    private final ImpactSettings settings;

    EstimateWarmUp(
            ImpactService impact,
            ProposalService proposals,
            MunicipalityService municipalities,
            ImpactSettings settings) {
        this.impact = impact;
        this.proposals = proposals;
        this.municipalities = municipalities;
        this.settings = settings;
    }

    @Async
    @EventListener(ApplicationReadyEvent.class)
    void onStart() {
        if (settings.warmUp()) {
            warmUp(settings.cacheSize());
        }
    }

    /** Estimates public proposals, at most {@code limit}; returns how many estimates were complete. */
    int warmUp(int limit) {
        long started = System.nanoTime();
        int estimated = 0;
        int tried = 0;
        for (Municipality m : municipalities.all()) {
            for (int page = 0; tried < limit; page++) {
                List<ProposalSummary> batch =
                        proposals.search(ProposalQuery.all(m.id()), page, PAGE).getContent();
                for (ProposalSummary s : batch) {
                    if (tried++ >= limit) {
                        break;
                    }
                    estimated += proposals
                            .find(s.id())
                            .map(p -> {
                                try {
                                    return impact.estimate(p.category(), p.parameters(), p.municipality())
                                                    .isComplete()
                                            ? 1
                                            : 0;
                                } catch (RuntimeException invalid) {
                                    // Inputs saved before a rule existed: the proposal page says what is wrong.
                                    return 0;
                                }
                            })
                            .orElse(0);
                }
                if (batch.size() < PAGE) {
                    break;
                }
            }
        }
        log.info(
                "Computed {} estimates in the background in {} ms{}",
                estimated,
                (System.nanoTime() - started) / 1_000_000,
                tried > limit ? " (stopped at the cache size, " + limit + ")" : "");
        return estimated;
    }
}
