package no.samskap.proposals;

import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import no.samskap.identity.SignedInUser;
import no.samskap.proposals.internal.Proposal;
import org.springframework.data.jpa.domain.Specification;

/** The query behind proposal lists and search, as a JPA specification. */
final class ProposalSearch {

    private ProposalSearch() {}

    /** Proposals that match the query: the user's own (drafts too) or the public ones that are not hidden. */
    static Specification<Proposal> matching(ProposalQuery q, Optional<SignedInUser> user) {
        return (root, cq, cb) -> {
            List<Predicate> where = new ArrayList<>();
            where.add(cb.equal(root.get("municipalityId"), q.municipality().value()));
            if (q.mineOnly()) {
                where.add(
                        user.isPresent()
                                ? cb.equal(root.get("authorId"), user.get().id().value())
                                : cb.disjunction());
            } else {
                where.add(cb.notEqual(root.get("state"), ProposalState.DRAFT));
                where.add(cb.isFalse(root.get("hidden")));
            }
            if (q.category() != null) {
                where.add(cb.equal(root.get("category"), q.category()));
            }
            if (q.state() != null) {
                where.add(cb.equal(root.get("state"), q.state()));
            }
            if (q.districtId() != null && !q.districtId().isBlank()) {
                where.add(cb.equal(root.get("districtId"), q.districtId()));
            }
            if (q.text() != null && !q.text().isBlank()) {
                String pattern = "%" + escapeLike(q.text().strip().toLowerCase(Locale.ROOT)) + "%";
                where.add(cb.or(
                        cb.like(cb.lower(root.get("title")), pattern, '\\'),
                        cb.like(cb.lower(root.get("description")), pattern, '\\'),
                        cb.like(cb.lower(root.get("authorName")), pattern, '\\')));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }

    static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
