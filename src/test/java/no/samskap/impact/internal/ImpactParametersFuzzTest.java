package no.samskap.impact.internal;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.samskap.impact.Impacts;
import no.samskap.proposals.Category;
import no.samskap.shared.UserFacingException;

/**
 * A proposal's impact inputs as a form could send them (any names, any numbers including NaN and
 * infinities): the check accepts them or refuses one field with a message, and never fails otherwise.
 */
class ImpactParametersFuzzTest {

    private static final ImpactParameters PARAMETERS =
            new ImpactParameters(new ModelRunner(Impacts.catalogue(Impacts.settings()), Impacts.settings()));

    @FuzzTest(maxDuration = "10s")
    void acceptsOrRefusesWithAMessage(FuzzedDataProvider data) {
        Category category = data.pickValue(Category.values());
        List<String> names =
                PARAMETERS.fields(category).stream().map(f -> f.name()).toList();
        Map<String, Double> values = new HashMap<>();
        int count = data.consumeInt(0, 6);
        for (int i = 0; i < count; i++) {
            String name = names.isEmpty() || data.consumeBoolean() ? data.consumeString(20) : data.pickValue(names);
            values.put(name, data.consumeBoolean() ? data.consumeRegularDouble() : data.consumeDouble());
        }
        try {
            PARAMETERS.check(category, values);
        } catch (UserFacingException refused) {
            if (refused.messageKey() == null || refused.messageKey().isBlank()) {
                throw new AssertionError("a refusal without a message for " + values);
            }
        }
    }
}
