package vn.lienlac.adoption.rest;

import java.util.function.Supplier;
import vn.lienlac.platform.error.ApiException;

/** The 404 problems of the adoption API. */
final class NotFound {

    private NotFound() {
    }

    static Supplier<ApiException> school(String code) {
        return () -> ApiException.notFound("Không tìm thấy trường " + code + ".");
    }

    static Supplier<ApiException> schoolClass(String schoolCode, long classId) {
        return () -> ApiException.notFound("Không tìm thấy lớp " + classId + " của trường " + schoolCode + ".");
    }

    static Supplier<ApiException> classOnly(long classId) {
        return () -> ApiException.notFound("Không tìm thấy lớp " + classId + ".");
    }

    static Supplier<ApiException> campaign(long id) {
        return () -> ApiException.notFound("Không tìm thấy đợt mời " + id + ".");
    }

    static Supplier<ApiException> district(String code) {
        return () -> ApiException.notFound("Không tìm thấy Phòng GDĐT " + code + ".");
    }

    static Supplier<ApiException> department(String code) {
        return () -> ApiException.notFound("Không tìm thấy Sở GDĐT " + code + ".");
    }
}
