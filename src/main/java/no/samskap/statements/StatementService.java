package no.samskap.statements;

import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import no.samskap.identity.CurrentUser;
import no.samskap.identity.SignedInUser;
import no.samskap.municipality.Municipality;
import no.samskap.municipality.MunicipalityService;
import no.samskap.shared.FieldText;
import no.samskap.shared.MunicipalityId;
import no.samskap.shared.UserFacingException;
import no.samskap.statements.internal.StatementEntity;
import no.samskap.statements.internal.StatementRepository;
import no.samskap.statements.internal.StatementTemplates;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads a municipality's statements and lets its officials write them. */
@Service
@Transactional
public class StatementService {

    private final StatementRepository repository;
    private final StatementTemplates templates;
    private final MunicipalityService municipalities;
    private final CurrentUser currentUser;
    private final StatementSettings settings;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    StatementService(
            StatementRepository repository,
            StatementTemplates templates,
            MunicipalityService municipalities,
            CurrentUser currentUser,
            StatementSettings settings,
            Clock clock,
            ApplicationEventPublisher events) {
        this.repository = repository;
        this.templates = templates;
        this.municipalities = municipalities;
        this.currentUser = currentUser;
        this.settings = settings;
        this.clock = clock;
        this.events = events;
    }

    /** nb, nn or en for a locale; Bokmål for anything else, as everywhere in Samskap. */
    public static String language(Locale locale) {
        String l = locale == null ? "" : locale.getLanguage();
        return l.equals("nn") || l.equals("en") ? l : "nb";
    }

    /** The statement in the reader's language: the municipality's own text, or the filled template. */
    @Transactional(readOnly = true)
    public Statement show(MunicipalityId municipality, StatementKind kind, Locale locale) {
        String language = language(locale);
        Municipality m = municipalities.get(municipality);
        return saved(municipality, kind, language)
                .map(e -> new Statement(
                        municipality, kind, language, e.body(), false, e.updatedAt(), e.updatedBy(), e.version()))
                .orElseGet(() -> new Statement(
                        municipality,
                        kind,
                        language,
                        templates.fill(kind, language, m),
                        true,
                        null,
                        null,
                        Statement.TEMPLATE));
    }

    /** The filled template, for an official who wants to start again from it. */
    @Transactional(readOnly = true)
    public String template(MunicipalityId municipality, StatementKind kind, String language) {
        return templates.fill(kind, checked(language), municipalities.get(municipality));
    }

    /** The longest text an official may save (the form shows it as they type). */
    public int maxCharacters() {
        return settings.maxCharacters();
    }

    /** Whether the signed-in user may edit this municipality's statements. */
    @Transactional(readOnly = true)
    public boolean mayEdit(MunicipalityId municipality) {
        return currentUser.isOfficialOf(municipality);
    }

    /**
     * Saves the municipality's own text. {@code basedOn} is the version the editor started from;
     * if someone saved in between, nothing is saved and the editor is told so (their text stays
     * in the form).
     */
    public Statement save(
            MunicipalityId municipality, StatementKind kind, String language, String markdown, long basedOn) {
        SignedInUser official = official(municipality);
        String lang = checked(language);
        String text = FieldText.required(markdown, "body", settings.maxCharacters());
        StatementEntity.Key key = new StatementEntity.Key(municipality.value(), kind.name(), lang);
        Optional<StatementEntity> existing = repository.findById(key);
        long current = existing.map(StatementEntity::version).orElse(Statement.TEMPLATE);
        if (current != basedOn) {
            throw new UserFacingException(
                    "statement.conflict",
                    existing.map(StatementEntity::updatedBy).orElse("?"));
        }
        StatementEntity entity = existing.orElseGet(() -> new StatementEntity(key));
        entity.write(text, official.displayName(), clock.instant());
        StatementEntity saved;
        try {
            saved = repository.saveAndFlush(entity);
        } catch (OptimisticLockingFailureException | DataIntegrityViolationException e) {
            // Two officials saved at the same moment: the later one is told, as above.
            throw new UserFacingException("statement.conflict", "?");
        }
        audit(official, municipality, "STATEMENT_SAVED", kind, lang, text.length() + " characters");
        return new Statement(
                municipality, kind, lang, text, false, saved.updatedAt(), saved.updatedBy(), saved.version());
    }

    /** Removes the municipality's own text in one language, so the template shows again. */
    public void revertToTemplate(MunicipalityId municipality, StatementKind kind, String language) {
        SignedInUser official = official(municipality);
        String lang = checked(language);
        StatementEntity.Key key = new StatementEntity.Key(municipality.value(), kind.name(), lang);
        if (repository.existsById(key)) {
            repository.deleteById(key);
            audit(official, municipality, "STATEMENT_REVERTED", kind, lang, "template");
        }
    }

    private Optional<StatementEntity> saved(MunicipalityId municipality, StatementKind kind, String language) {
        return repository.findById(new StatementEntity.Key(municipality.value(), kind.name(), language));
    }

    private SignedInUser official(MunicipalityId municipality) {
        return currentUser.requireOfficialOf(municipality, "error.statement.not-official");
    }

    private static String checked(String language) {
        if (!"nb".equals(language) && !"nn".equals(language) && !"en".equals(language)) {
            throw new UserFacingException("error.statement.language");
        }
        return language;
    }

    private void audit(
            SignedInUser official,
            MunicipalityId municipality,
            String action,
            StatementKind kind,
            String language,
            String detail) {
        events.publishEvent(
                official.did(clock.instant(), municipality, action, "STATEMENT", kind.name() + "/" + language, detail));
    }
}
