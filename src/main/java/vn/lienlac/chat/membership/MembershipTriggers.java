package vn.lienlac.chat.membership;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.ObservesAsync;
import java.util.List;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import vn.lienlac.directory.sync.DirectoryChanged;

/**
 * When the groups are reconciled: after every import that changed a school's directory, and once for every active
 * school at start-up (in the background, one school at a time; start-up and readiness do not wait). A reconcile
 * recomputes the whole school, so one that failed is made good by the school's next change or the next start.
 */
@ApplicationScoped
class MembershipTriggers {

    private static final Logger LOG = Logger.getLogger(MembershipTriggers.class);

    private final RosterReconciler membership;
    private final ChatSchools schools;
    private final MembershipConfig config;
    private volatile boolean stopping;

    MembershipTriggers(RosterReconciler membership, ChatSchools schools, MembershipConfig config) {
        this.membership = membership;
        this.schools = schools;
        this.config = config;
    }

    void onDirectoryChanged(@ObservesAsync DirectoryChanged change) {
        if (!config.enabled()) {
            return;
        }
        membership.reconcile(change.schoolCode()).subscribe().with(
                done -> { },
                failure -> LOG.errorf(failure, "Could not bring the chat groups of school %s in line with import %s;"
                        + " its next change retries", change.schoolCode(), change.importId()));
    }

    void onStart(@Observes StartupEvent event) {
        if (!config.enabled() || !config.reconcileOnStart()) {
            return;
        }
        schools.active().chain(this::sweep).subscribe().with(
                count -> LOG.infof("Went over the chat groups of %d schools at start-up", count),
                failure -> LOG.error("Could not list the schools to reconcile at start-up", failure));
    }

    /** Reconciles the schools one after the other; a school that fails is logged and skipped. */
    Uni<Long> sweep(List<SchoolRef> list) {
        return Multi.createFrom().iterable(list)
                .select().where(school -> !stopping)
                .onItem().transformToUniAndConcatenate(this::reconcileLogged)
                .collect().with(Collectors.counting());
    }

    void onStop(@Observes ShutdownEvent event) {
        stopping = true;
    }

    private Uni<SchoolRef> reconcileLogged(SchoolRef school) {
        return membership.reconcile(school, conn -> Uni.createFrom().voidItem())
                .onFailure().recoverWithUni(failure -> {
                    if (!stopping) {
                        LOG.errorf(failure, "Could not reconcile the chat groups of school %s at start-up; its next"
                                + " change retries", school.code());
                    }
                    return Uni.createFrom().voidItem();
                })
                .replaceWith(school);
    }
}
