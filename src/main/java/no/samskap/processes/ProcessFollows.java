package no.samskap.processes;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import no.samskap.identity.CurrentUser;
import no.samskap.identity.SignedInUser;
import no.samskap.processes.internal.ProcessRepository;
import no.samskap.shared.AccountId;
import no.samskap.shared.ProcessId;
import no.samskap.shared.UserFacingException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Who follows a process, so its phase summaries reach them. */
@Service
@Transactional
public class ProcessFollows {

    private final ProcessRepository processes;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final JdbcClient db;

    ProcessFollows(ProcessRepository processes, CurrentUser currentUser, Clock clock, JdbcClient db) {
        this.processes = processes;
        this.currentUser = currentUser;
        this.clock = clock;
        this.db = db;
    }

    /** Follows the process: its phase summaries reach the follower as notifications. */
    @PreAuthorize("isAuthenticated()")
    public void follow(ProcessId process) {
        if (processes.findById(process.value()).isEmpty()) {
            throw new UserFacingException("error.process.not-found");
        }
        SignedInUser user = currentUser.requireWriter();
        if (!isFollowing(process)) {
            db.sql("insert into process_follow (process_id, account_id, since) values (?, ?, ?)")
                    .params(process.value(), user.id().value(), Timestamp.from(clock.instant()))
                    .update();
        }
    }

    @PreAuthorize("isAuthenticated()")
    public void unfollow(ProcessId process) {
        SignedInUser user = currentUser.require();
        db.sql("delete from process_follow where process_id = ? and account_id = ?")
                .params(process.value(), user.id().value())
                .update();
    }

    @Transactional(readOnly = true)
    public boolean isFollowing(ProcessId process) {
        return currentUser
                .get()
                .map(u -> db.sql("select count(*) from process_follow where process_id = ? and account_id = ?")
                                .params(process.value(), u.id().value())
                                .query(Long.class)
                                .single()
                        > 0)
                .orElse(false);
    }

    /** Who follows the process, for the notifications its summaries send. */
    @Transactional(readOnly = true)
    public List<AccountId> followers(ProcessId process) {
        return db
                .sql("select account_id from process_follow where process_id = ?")
                .param(process.value())
                .query(UUID.class)
                .list()
                .stream()
                .map(AccountId::new)
                .toList();
    }
}
