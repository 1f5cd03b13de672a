package vn.lienlac.chat.membership;

/** A school whose groups are reconciled: its id for the SQL, its code for logs and answers. */
record SchoolRef(long id, String code) {
}
