package vn.lienlac.identity.token;

import java.util.Set;

/**
 * Who an access token speaks for. The person references ({@code phone}, {@code staffCode}) let the access policy
 * find the caller in the directory on every request, so what a role reaches follows the directory at once.
 *
 * @param accountId the account ({@code sub} claim)
 * @param phone     the person's E.164 mobile number ({@code phone} claim), or null
 * @param staffCode the person's sector staff code ({@code staff_code} claim), or null
 * @param roles     role names from {@link vn.lienlac.identity.Roles} ({@code groups} claim)
 */
public record TokenSubject(String accountId, String phone, String staffCode, Set<String> roles) {
}
