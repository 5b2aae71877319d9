package no.samskap.audit;

import no.samskap.audit.internal.AuditEntry;
import no.samskap.audit.internal.AuditRepository;
import no.samskap.identity.CurrentUser;
import no.samskap.identity.Role;
import no.samskap.identity.SignedInUser;
import no.samskap.shared.AccessDeniedException;
import no.samskap.shared.MunicipalityId;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads the audit log; officials see their municipality's, admins everyone's. */
@Service
@Transactional(readOnly = true)
public class AuditService {

    private final AuditRepository entries;
    private final CurrentUser currentUser;

    AuditService(AuditRepository entries, CurrentUser currentUser) {
        this.entries = entries;
        this.currentUser = currentUser;
    }

    @PreAuthorize("hasAnyRole('OFFICIAL','ADMIN')")
    public Page<AuditRecord> entries(MunicipalityId municipality, int page, int size) {
        SignedInUser user = currentUser.require();
        if (!user.belongsTo(municipality)) {
            throw new AccessDeniedException("error.moderation.other-municipality");
        }
        PageRequest request = PageRequest.of(page, Math.min(Math.max(size, 1), 200));
        return entries.findByMunicipalityIdOrderByAtDesc(municipality.value(), request)
                .map(AuditEntry::toRecord);
    }

    /** Everything, for administrators (including entries without a municipality). */
    @PreAuthorize("hasRole('ADMIN')")
    public Page<AuditRecord> all(int page, int size) {
        if (currentUser.require().role() != Role.ADMIN) {
            throw new AccessDeniedException("error.login-required");
        }
        return entries.findAllByOrderByAtDesc(PageRequest.of(page, Math.min(Math.max(size, 1), 200)))
                .map(AuditEntry::toRecord);
    }
}
