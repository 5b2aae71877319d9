package no.samskap.statements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import no.samskap.audit.AuditService;
import no.samskap.shared.AccessDeniedException;
import no.samskap.shared.MunicipalityId;
import no.samskap.shared.UserFacingException;
import no.samskap.support.SamskapTest;
import no.samskap.support.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@SamskapTest
class StatementServiceTest {

    static final MunicipalityId BAERUM = MunicipalityId.of("baerum");
    static final MunicipalityId ALESUND = MunicipalityId.of("alesund");
    static final Locale NYNORSK = Locale.forLanguageTag("nn");

    @Autowired
    StatementService statements;

    @Autowired
    AuditService audit;

    @Autowired
    SignIn signIn;

    @AfterEach
    void signOut() {
        signIn.out();
    }

    @Test
    void templatesInEachLanguageAreFilledWithWhatSamskapKnows() {
        for (StatementKind kind : StatementKind.values()) {
            for (String language : new String[] {"nb", "nn", "en"}) {
                Statement s = statements.show(ALESUND, kind, Locale.forLanguageTag(language));
                assertThat(s.template()).isTrue();
                assertThat(s.version()).isEqualTo(Statement.TEMPLATE);
                assertThat(s.language()).isEqualTo(language);
                assertThat(s.markdown()).contains("Ålesund").doesNotContain("{{");
            }
        }
        Statement privacy = statements.show(ALESUND, StatementKind.PRIVACY, Locale.ENGLISH);
        // The retention the installation is configured with, and the rights with the authority to complain to.
        assertThat(privacy.markdown())
                .contains("30 days after the workshop ends")
                .contains("datatilsynet.no");
        assertThat(statements
                        .show(ALESUND, StatementKind.ACCESSIBILITY, NYNORSK)
                        .markdown())
                .contains("uustatus.no")
                .contains("Diskrimineringsnemnda");
        // Any other language reads Bokmål, as the rest of Samskap.
        assertThat(statements
                        .show(ALESUND, StatementKind.PRIVACY, Locale.GERMAN)
                        .language())
                .isEqualTo("nb");
    }

    @Test
    void anOfficialWritesTheMunicipalitysOwnTextPerLanguageAndCanReturnToTheTemplate() {
        signIn.as("saksbehandler");
        assertThat(statements.mayEdit(BAERUM)).isTrue();
        assertThat(statements.mayEdit(ALESUND)).isFalse();
        Statement saved = statements.save(
                BAERUM, StatementKind.ACCESSIBILITY, "nn", "## Status\n\nSamskap i Bærum oppfyller krava.", -1);
        assertThat(saved.template()).isFalse();
        assertThat(saved.updatedBy()).isNotBlank();

        signIn.out();
        Statement read = statements.show(BAERUM, StatementKind.ACCESSIBILITY, NYNORSK);
        assertThat(read.template()).isFalse();
        assertThat(read.markdown()).isEqualTo("## Status\n\nSamskap i Bærum oppfyller krava.");
        assertThat(read.updatedAt()).isNotNull();
        // Other languages and the other statement still show the template.
        assertThat(statements
                        .show(BAERUM, StatementKind.ACCESSIBILITY, Locale.ENGLISH)
                        .template())
                .isTrue();
        assertThat(statements.show(BAERUM, StatementKind.PRIVACY, NYNORSK).template())
                .isTrue();

        signIn.as("saksbehandler");
        assertThat(audit.entries(BAERUM, 0, 50).getContent())
                .anySatisfy(r ->
                        assertThat(r.toString()).contains("STATEMENT_SAVED").contains("ACCESSIBILITY/nn"));
        statements.revertToTemplate(BAERUM, StatementKind.ACCESSIBILITY, "nn");
        assertThat(statements.show(BAERUM, StatementKind.ACCESSIBILITY, NYNORSK).template())
                .isTrue();
        assertThat(audit.entries(BAERUM, 0, 50).getContent())
                .anySatisfy(r -> assertThat(r.toString()).contains("STATEMENT_REVERTED"));
    }

    @Test
    void aSecondEditorIsToldWhenTheTextChangedUnderThemAndNothingIsOverwritten() {
        signIn.as("saksbehandler");
        Statement first = statements.save(BAERUM, StatementKind.PRIVACY, "en", "First text", -1);
        // Both started from the template; the second save would silently replace the first.
        assertThatThrownBy(() -> statements.save(BAERUM, StatementKind.PRIVACY, "en", "Second text", -1))
                .isInstanceOfSatisfying(
                        UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("statement.conflict"));
        assertThat(statements
                        .show(BAERUM, StatementKind.PRIVACY, Locale.ENGLISH)
                        .markdown())
                .isEqualTo("First text");
        Statement second = statements.save(BAERUM, StatementKind.PRIVACY, "en", "Second text", first.version());
        assertThat(second.version()).isGreaterThan(first.version());
        assertThat(statements
                        .show(BAERUM, StatementKind.PRIVACY, Locale.ENGLISH)
                        .markdown())
                .isEqualTo("Second text");
        statements.revertToTemplate(BAERUM, StatementKind.PRIVACY, "en");
    }

    @Test
    void residentsOtherMunicipalitiesAndBadInputAreRefusedAndNothingIsSaved() {
        assertThatThrownBy(() -> statements.save(BAERUM, StatementKind.PRIVACY, "nb", "x", -1))
                .isInstanceOf(AccessDeniedException.class);
        signIn.as("kari");
        assertThat(statements.mayEdit(BAERUM)).isFalse();
        assertThatThrownBy(() -> statements.save(BAERUM, StatementKind.PRIVACY, "nb", "x", -1))
                .isInstanceOfSatisfying(
                        AccessDeniedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.statement.not-official"));
        signIn.as("saksbehandler");
        assertThatThrownBy(() -> statements.save(ALESUND, StatementKind.PRIVACY, "nb", "x", -1))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> statements.revertToTemplate(ALESUND, StatementKind.PRIVACY, "nb"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> statements.save(BAERUM, StatementKind.PRIVACY, "nb", "  \n ", -1))
                .isInstanceOfSatisfying(
                        UserFacingException.class, e -> assertThat(e.field()).isEqualTo("body"));
        String tooLong = "x".repeat(statements.maxCharacters() + 1);
        assertThatThrownBy(() -> statements.save(BAERUM, StatementKind.PRIVACY, "nb", tooLong, -1))
                .isInstanceOfSatisfying(
                        UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.field.too-long"));
        assertThatThrownBy(() -> statements.save(BAERUM, StatementKind.PRIVACY, "de", "Text", -1))
                .isInstanceOfSatisfying(
                        UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.statement.language"));
        assertThat(statements
                        .show(BAERUM, StatementKind.PRIVACY, Locale.forLanguageTag("nb"))
                        .template())
                .isTrue();
        assertThat(statements
                        .show(ALESUND, StatementKind.PRIVACY, Locale.forLanguageTag("nb"))
                        .template())
                .isTrue();
    }
}
