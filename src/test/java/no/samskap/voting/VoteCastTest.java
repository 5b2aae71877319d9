package no.samskap.voting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import no.samskap.proposals.ProposalId;
import no.samskap.shared.MunicipalityId;
import org.junit.jupiter.api.Test;

class VoteCastTest {

    @Test
    void crossesTheClusterInItsCompactFormAndArrivesEqual() throws Exception {
        ProposalId proposal = new ProposalId(UUID.randomUUID());
        VoteCast sent = new VoteCast(
                proposal,
                MunicipalityId.of("baerum"),
                new Tally(
                        proposal,
                        Map.of(StakeholderType.RESIDENT, 41, StakeholderType.OFFICIAL, 2),
                        Map.of(StakeholderType.BUSINESS, 7),
                        1_234_567_890_123L),
                Instant.parse("2026-12-05T09:15:30.123456789Z"));

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(sent);
        }
        Object received;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            received = in.readObject();
        }

        assertThat(received).isEqualTo(sent);
        // A few numbers, not the records and enum maps described class by class.
        assertThat(bytes.size()).isLessThan(200);
    }
}
