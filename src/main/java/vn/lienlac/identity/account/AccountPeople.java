package vn.lienlac.identity.account;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import vn.lienlac.directory.PeopleLookup;
import vn.lienlac.directory.Person;

/**
 * Who an account's person is in the directory now: everything held under the account's phone number and under
 * its staff code. A token refresh asks this, so that roles follow the directory and a deactivated person loses
 * access.
 */
@ApplicationScoped
public class AccountPeople {

    private final PeopleLookup people;

    public AccountPeople(PeopleLookup people) {
        this.people = people;
    }

    public Uni<Person> person(Account account) {
        Uni<Person> byPhone = account.phone() == null
                ? Uni.createFrom().item(Person.nobody(null, null))
                : people.byPhone(account.phone());
        return byPhone.chain(person -> account.staffCode() == null
                ? Uni.createFrom().item(person)
                : people.byStaffCode(account.staffCode()).map(person::and));
    }
}
