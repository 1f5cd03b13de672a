package vn.lienlac.directory.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.lienlac.directory.model.StaffRole;

/** The readers as beans: the application's clock and the default row limit are wired in. */
@QuarkusTest
class ImportReadersTest {

    @Inject
    StudentImportReader students;

    @Inject
    StaffImportReader staff;

    @Test
    void studentReaderBeanReadsAFile() {
        var batch = students.read(ImportFixtures.csvLines("Mã học sinh,Họ và tên,Ngày sinh,Lớp",
                "HS001,Nguyễn Văn An,05/09/2013,6A1"), ImportFormat.CSV);

        assertEquals(List.of(), batch.errors());
        assertEquals("Nguyễn Văn An", batch.records().get(0).fullName());
    }

    @Test
    void staffReaderBeanValidatesJsonRows() {
        var batch = staff.fromJson(List.of(new StaffRow("CB001", "Trần Thị Hạnh", "1980-04-12", null, "Hiệu trưởng",
                "0912345678", null, null, List.of(), List.of())));

        assertEquals(StaffRole.PRINCIPAL, batch.records().get(0).role());
    }
}
