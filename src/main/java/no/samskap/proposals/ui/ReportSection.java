package no.samskap.proposals.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Map;
import java.util.Optional;
import no.samskap.identity.CurrentUser;
import no.samskap.moderation.ModerationService;
import no.samskap.moderation.ReportReason;
import no.samskap.proposals.ProposalDetails;
import no.samskap.proposals.ProposalSection;
import no.samskap.shared.FieldErrors;
import no.samskap.shared.UserFacingException;

/** A "Report" button on proposals that are not the user's own. */
@org.springframework.stereotype.Component
class ReportSection implements ProposalSection {

    private final ModerationService moderation;
    private final CurrentUser currentUser;

    ReportSection(ModerationService moderation, CurrentUser currentUser) {
        this.moderation = moderation;
        this.currentUser = currentUser;
    }

    @Override
    public int order() {
        return 900;
    }

    @Override
    public Optional<Component> create(ProposalDetails proposal) {
        boolean canReport = proposal.state().isPublic() && currentUser.get()
                .filter(u -> !u.id().equals(proposal.authorId()) && u.belongsTo(proposal.municipality())).isPresent();
        if (!canReport) {
            return Optional.empty();
        }
        Button report = new Button();
        report.setText(report.getTranslation("moderation.report"));
        report.setIcon(VaadinIcon.FLAG_O.create());
        report.addThemeVariants(ButtonVariant.TERTIARY);
        report.addClickListener(e -> open(proposal, report));
        return Optional.of(report);
    }

    private void open(ProposalDetails proposal, Component i18n) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(i18n.getTranslation("moderation.report.title"));
        RadioButtonGroup<ReportReason> reason = new RadioButtonGroup<>(i18n.getTranslation("moderation.report.reason"));
        reason.setItems(ReportReason.values());
        reason.setItemLabelGenerator(r -> i18n.getTranslation(r.messageKey()));
        TextArea details = new TextArea(i18n.getTranslation("moderation.report.details"));
        details.setMaxLength(500);
        details.setWidthFull();
        dialog.add(reason, details);
        Button send = new Button(i18n.getTranslation("moderation.report"), e -> {
            try {
                moderation.report(ModerationService.proposal(proposal.id().value()), reason.getValue(),
                        details.getValue());
            } catch (UserFacingException ex) {
                if (ex.field() == null) {
                    dialog.close();
                    throw ex;
                }
                FieldErrors.show(ex, Map.of("reason", reason, "details", details), dialog);
                return;
            }
            dialog.close();
            Notification.show(i18n.getTranslation("moderation.report.thanks"), 4000, Notification.Position.BOTTOM_START);
        });
        send.addThemeVariants(ButtonVariant.PRIMARY);
        Button cancel = new Button(i18n.getTranslation("proposal.cancel"), e -> dialog.close());
        dialog.getFooter().add(cancel, send);
        dialog.open();
    }
}
