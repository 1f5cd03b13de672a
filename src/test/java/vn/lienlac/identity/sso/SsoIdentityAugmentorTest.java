package vn.lienlac.identity.sso;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.auth.principal.DefaultJWTCallerPrincipal;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.junit.jupiter.api.Test;
import vn.lienlac.directory.TestSchools;
import vn.lienlac.identity.Roles;
import vn.lienlac.platform.error.ApiException;

/** The augmentor on identities as quarkus-oidc hands them over, against the directory (no SSO server needed). */
@QuarkusTest
class SsoIdentityAugmentorTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final AuthenticationRequestContext NOT_BLOCKING = supplier -> Uni.createFrom().failure(
            new AssertionError("the augmentor must not block"));

    @Inject
    SsoIdentityAugmentor augmentor;

    @Inject
    TestSchools schools;

    @Inject
    Pool pool;

    @Test
    void ssoStaffMemberCarriesTheDirectoryRoleStaffCodeAndPhone() {
        String code = staff("SCHOOL_NURSE", "+84987654321", true);
        SecurityIdentity staff = augment(ssoIdentity(code, Roles.ADMIN));
        assertEquals(Set.of(Roles.SCHOOL_NURSE), staff.getRoles());
        assertEquals(code, staff.getAttribute(SsoIdentityAugmentor.STAFF_CODE_ATTRIBUTE));
        assertEquals("+84987654321", staff.getAttribute(SsoIdentityAugmentor.PHONE_ATTRIBUTE));
        assertEquals("sso-user", staff.getPrincipal().getName());
    }

    @Test
    void staffMemberWithoutPhoneHasNoPhoneAttribute() {
        String code = staff("DISTRICT_OFFICER", null, true);
        SecurityIdentity staff = augment(ssoIdentity(code));
        assertEquals(Set.of(Roles.DISTRICT_OFFICER), staff.getRoles());
        assertNull(staff.getAttribute(SsoIdentityAugmentor.PHONE_ATTRIBUTE));
    }

    @Test
    void deactivatedStaffMemberFailsAuthenticationWithAReason() {
        String code = staff("PRINCIPAL", null, false);
        AuthenticationFailedException failure = assertThrows(AuthenticationFailedException.class,
                () -> augment(ssoIdentity(code)));
        assertEquals(SsoIdentityAugmentor.NO_ACTIVE_STAFF,
                assertInstanceOf(ApiException.class, failure.getCause()).detail());
    }

    @Test
    void identityOfAnotherTenantPassesUnchanged() {
        String code = staff("TEACHER", null, true);
        SecurityIdentity ours = identity("Default", "{\"sub\":\"account-1\",\"staff_code\":\"" + code + "\"}",
                Roles.GUARDIAN);
        assertSame(ours, augment(ours));
    }

    private SecurityIdentity augment(SecurityIdentity identity) {
        return augmentor.augment(identity, NOT_BLOCKING).await().atMost(TIMEOUT);
    }

    private static SecurityIdentity ssoIdentity(String staffCode, String... ssoRoles) {
        return identity(SsoIdentityAugmentor.TENANT,
                "{\"sub\":\"kc-1\",\"preferred_username\":\"sso-user\",\"staff_code\":\"" + staffCode + "\"}", ssoRoles);
    }

    private static SecurityIdentity identity(String tenant, String claims, String... roles) {
        try {
            return QuarkusSecurityIdentity.builder()
                    .setPrincipal(new DefaultJWTCallerPrincipal(JwtClaims.parse(claims)))
                    .addAttribute(SsoIdentityAugmentor.TENANT_ID_ATTRIBUTE, tenant)
                    .addRoles(Set.of(roles))
                    .build();
        } catch (InvalidJwtException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** A new staff member with a unique code in a new school; returns the code. */
    /** A staff member of a new school; a district officer belongs to the school's office instead (no school). */
    private String staff(String role, String phone, boolean active) {
        String code = "SSO-" + UUID.randomUUID().toString().substring(0, 8);
        String school = schools.newSchool();
        pool.preparedQuery("INSERT INTO staff (staff_code, district_office_id, school_id, full_name, name_search, role,"
                        + " phone, active) SELECT $1, district_office_id, CASE WHEN $3 = 'DISTRICT_OFFICER' THEN NULL"
                        + " ELSE id END, $2, lower($2), $3, $4, $5 FROM school WHERE code = $6")
                .execute(Tuple.from(new Object[] {code, "Cán bộ " + code, role, phone, active, school}))
                .await().atMost(TIMEOUT);
        return code;
    }
}
