package vn.lienlac.identity;

import java.nio.charset.StandardCharsets;
import vn.lienlac.directory.rest.PeopleFixtures;

/** One valid new record per import, in each format. */
final class ImportBodies {

    private ImportBodies() {
    }

    static String studentsJson() {
        return """
                {"students": [{"studentCode": "%s", "fullName": "Nguyễn Văn Thử", "dateOfBirth": "2013-09-05",
                  "gender": "Nam", "className": "9A9"}]}""".formatted(PeopleFixtures.code("HS"));
    }

    static String staffJson() {
        return """
                {"staff": [{"staffCode": "%s", "fullName": "Trần Thị Thử", "position": "Giáo viên"}]}"""
                .formatted(PeopleFixtures.code("CB"));
    }

    /** A district office's own staff member (office imports: an office position, no classes). */
    static String officeStaffJson() {
        return """
                {"staff": [{"staffCode": "%s", "fullName": "Ngô Văn Phòng", "position": "Chuyên viên Phòng GDĐT"}]}"""
                .formatted(PeopleFixtures.code("PGD"));
    }

    static byte[] officeStaffCsv() {
        return ("Mã cán bộ,Họ và tên,Chức vụ\r\n" + PeopleFixtures.code("PGD") + ",Ngô Văn Phòng,Chuyên viên Phòng GDĐT\r\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    /** A department's own staff member (department imports: a department position, no classes). */
    static String departmentStaffJson() {
        return """
                {"staff": [{"staffCode": "%s", "fullName": "Lê Văn Sở", "position": "Chuyên viên Sở GD&ĐT"}]}"""
                .formatted(PeopleFixtures.code("SGD"));
    }

    static byte[] departmentStaffCsv() {
        return ("Mã cán bộ,Họ và tên,Chức vụ\r\n" + PeopleFixtures.code("SGD") + ",Lê Văn Sở,Chuyên viên Sở GD&ĐT\r\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    static byte[] studentsCsv() {
        return ("Mã học sinh,Họ và tên,Ngày sinh,Giới tính,Lớp\r\n" + PeopleFixtures.code("HS")
                + ",Nguyễn Văn Thử,05/09/2013,Nam,9A9\r\n").getBytes(StandardCharsets.UTF_8);
    }

    static byte[] staffCsv() {
        return ("Mã cán bộ,Họ và tên,Chức vụ\r\n" + PeopleFixtures.code("CB") + ",Trần Thị Thử,Giáo viên\r\n")
                .getBytes(StandardCharsets.UTF_8);
    }
}
