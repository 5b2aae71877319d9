package no.samskap.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import no.samskap.proposals.ProposalId;
import no.samskap.workshops.WorkshopId;
import no.samskap.workshops.internal.JoinCodes;

/** Join codes and the ids in addresses come from anyone: they parse or are refused, never throw. */
class IdentifiersFuzzTest {

    @FuzzTest(maxDuration = "10s")
    void joinCodesAndUrlIds(FuzzedDataProvider data) {
        String text = data.consumeRemainingAsString();
        String code = JoinCodes.normalise(text);
        if (code == null
                || code.chars().anyMatch(c -> Character.isWhitespace(c) || c == '-')
                || !JoinCodes.normalise(code).equals(code)) {
            throw new AssertionError("normalised '" + text + "' to '" + code + "'");
        }
        ProposalId.parse(text).ifPresent(id -> {
            if (!ProposalId.parse(id.toString()).orElseThrow().equals(id)) {
                throw new AssertionError("proposal id does not round-trip: " + text);
            }
        });
        WorkshopId.parse(text).ifPresent(id -> {
            if (!WorkshopId.parse(id.value().toString()).orElseThrow().equals(id)) {
                throw new AssertionError("workshop id does not round-trip: " + text);
            }
        });
    }
}
