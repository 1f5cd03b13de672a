package vn.lienlac.notices.publish;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.Predicate;
import vn.lienlac.directory.Rosters;
import vn.lienlac.directory.Rosters.RosterSchool;
import vn.lienlac.identity.NoticeAuthors;
import vn.lienlac.identity.NoticeAuthor;
import vn.lienlac.notices.NoticeKind;
import vn.lienlac.platform.error.ApiException;
import vn.lienlac.platform.error.ErrorCode;

/**
 * The school and class a teacher's screen reads back (docs/notices.md, "What a class has been sent"), once the caller
 * is known to be one who may publish that kind for that class: 403 for who may publish no such notices at the
 * school, 404 for a class that is not the school's, 403 for a class (or subject) outside the caller's reach.
 */
@ApplicationScoped
public class ClassTargets {

    private final NoticeAuthors authors;
    private final Rosters rosters;
    private final Pool pool;

    public ClassTargets(NoticeAuthors authors, Rosters rosters, Pool pool) {
        this.authors = authors;
        this.rosters = rosters;
        this.pool = pool;
    }

    /** The school (its level too), the class's name and the caller as an author (what else they may see). */
    public record Target(RosterSchool school, String className, NoticeAuthor author) {
    }

    /** @param subject a grade's subject code, else null ({@link PublishRights#mayPublish}) */
    public Uni<Target> of(SecurityIdentity identity, String schoolCode, long classId, NoticeKind kind,
            String subject) {
        return reaching(identity, schoolCode, classId, kind, author -> PublishRights.mayPublish(author, kind, classId,
                subject));
    }

    /**
     * As {@link #of(SecurityIdentity, String, long, NoticeKind, String)}, for a screen whose reach within the class
     * the caller decides ({@code reaches}: false answers 403), e.g. the subjects a teacher's comments are about.
     */
    public Uni<Target> reaching(SecurityIdentity identity, String schoolCode, long classId, NoticeKind kind,
            Predicate<NoticeAuthor> reaches) {
        return authors.requireNoticeAuthor(identity, schoolCode).chain(author -> {
            if (!PublishRights.mayPublish(author, kind)) {
                return Uni.createFrom().failure(new ApiException(ErrorCode.FORBIDDEN));
            }
            return rosters.school(schoolCode).chain(school -> school == null
                    ? Uni.createFrom().failure(notFound())
                    : pool.preparedQuery("SELECT name FROM directory_classes WHERE id = $1 AND school_id = $2")
                            .execute(Tuple.of(classId, school.id()))
                            .map(rows -> {
                                if (rows.size() == 0) {
                                    throw notFound();
                                }
                                if (!reaches.test(author)) {
                                    throw new ApiException(ErrorCode.FORBIDDEN);
                                }
                                return new Target(school, rows.iterator().next().getString("name"), author);
                            }));
        });
    }

    private static ApiException notFound() {
        return ApiException.notFound("Không tìm thấy lớp yêu cầu ở trường này.");
    }
}
