package no.samskap.impact;

import java.time.Clock;
import java.util.Optional;
import no.samskap.impact.internal.EstimateRecord;
import no.samskap.impact.internal.EstimateRecordRepository;
import no.samskap.proposals.ProposalId;
import no.samskap.proposals.ProposalService;
import no.samskap.proposals.ProposalSubmitted;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps each proposal's estimate as first computed, with the catalogue version, so its page can say
 * when a newer catalogue gives a different figure.
 */
@Service
public class EstimateRecords {

    /** What the proposal's estimate was when it was submitted. */
    public record Recorded(String catalogueVersion, double territorialTonnes, double indirectTonnes) {}

    private final EstimateRecordRepository records;
    private final ProposalService proposals;
    private final ImpactService impact;
    private final Clock clock;

    EstimateRecords(EstimateRecordRepository records, ProposalService proposals, ImpactService impact, Clock clock) {
        this.records = records;
        this.proposals = proposals;
        this.impact = impact;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(ProposalSubmitted submitted) {
        if (records.existsById(submitted.proposal().value())) {
            return;
        }
        proposals.find(submitted.proposal()).ifPresent(p -> {
            Estimate e;
            try {
                e = impact.estimate(p.category(), p.parameters(), p.municipality());
            } catch (RuntimeException invalid) {
                return;
            }
            if (e.isComplete()) {
                records.save(new EstimateRecord(
                        p.id().value(),
                        e.catalogueVersion(),
                        e.territorialTonnes().central(),
                        e.indirectTonnes().central(),
                        clock.instant()));
            }
        });
    }

    @Transactional(readOnly = true)
    public Optional<Recorded> find(ProposalId proposal) {
        return records.findById(proposal.value())
                .map(r -> new Recorded(r.catalogueVersion(), r.territorialTonnes(), r.indirectTonnes()));
    }
}
