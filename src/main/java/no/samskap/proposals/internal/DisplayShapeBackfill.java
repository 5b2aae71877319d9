package no.samskap.proposals.internal;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Gives lines and areas saved before display shapes were kept their simplified shape, once, at start-up. */
@Component
class DisplayShapeBackfill implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DisplayShapeBackfill.class);

    private final ProposalRepository proposals;
    private final TransactionTemplate transactions;

    DisplayShapeBackfill(ProposalRepository proposals, TransactionTemplate transactions) {
        this.proposals = proposals;
        this.transactions = transactions;
    }

    @Override
    public void run(ApplicationArguments args) {
        int done = 0;
        while (true) {
            Integer batch = transactions.execute(tx -> {
                List<Proposal> rows = proposals.withoutDisplayShape(PageRequest.ofSize(200));
                rows.forEach(Proposal::refreshDisplayShape);
                return rows.size();
            });
            if (batch == null || batch == 0) {
                break;
            }
            done += batch;
        }
        if (done > 0) {
            log.info("Simplified the display shapes of {} proposals", done);
        }
    }
}
