package vn.lienlac.directory.rest;

import java.util.function.Supplier;
import vn.lienlac.platform.error.ApiException;

/** The 404 problems of the directory API, with messages that name what was looked for. */
final class NotFound {

    private NotFound() {
    }

    static Supplier<ApiException> department(String code) {
        return () -> ApiException.notFound("Không tìm thấy Sở GDĐT " + code + ".");
    }

    static Supplier<ApiException> district(String code) {
        return () -> ApiException.notFound("Không tìm thấy Phòng GDĐT " + code + ".");
    }

    static Supplier<ApiException> school(String code) {
        return () -> ApiException.notFound("Không tìm thấy trường " + code + ".");
    }

    static Supplier<ApiException> student(String code) {
        return () -> ApiException.notFound("Không tìm thấy học sinh " + code + ".");
    }

    static Supplier<ApiException> guardian(String phoneDisplay) {
        return () -> ApiException.notFound("Không tìm thấy phụ huynh có số điện thoại " + phoneDisplay + ".");
    }
}
