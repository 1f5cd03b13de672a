package vn.lienlac.directory.rest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Import files built in memory, byte for byte as a client would send them. */
final class ImportFiles {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private ImportFiles() {
    }

    /** A one-sheet workbook: the header, then one row per line; every cell is text (codes and phones kept as typed). */
    static byte[] xlsx(List<String> header, List<List<String>> lines) {
        try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Danh sách");
            List<List<String>> rows = new ArrayList<>();
            rows.add(header);
            rows.addAll(lines);
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                List<String> cells = rows.get(r);
                for (int c = 0; c < cells.size(); c++) {
                    if (cells.get(c) != null && !cells.get(c).isEmpty()) {
                        row.createCell(c).setCellValue(cells.get(c));
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Students as a workbook, with the columns in the given order. */
    static byte[] xlsx(List<String> header, StudentLine... students) {
        return xlsx(header, List.of(students).stream().map(s -> s.cells(header)).toList());
    }

    /** CSV in UTF-8 as Excel saves it: CRLF line ends, fields quoted only when they must be; BOM optional. */
    static byte[] csv(boolean byteOrderMark, char delimiter, List<String> header, List<List<String>> lines) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(header);
        rows.addAll(lines);
        String text = rows.stream()
                .map(cells -> cells.stream().map(cell -> quoted(cell, delimiter))
                        .collect(Collectors.joining(String.valueOf(delimiter))))
                .collect(Collectors.joining("\r\n", "", "\r\n"));
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        if (!byteOrderMark) {
            return body;
        }
        byte[] withBom = new byte[UTF8_BOM.length + body.length];
        System.arraycopy(UTF8_BOM, 0, withBom, 0, UTF8_BOM.length);
        System.arraycopy(body, 0, withBom, UTF8_BOM.length, body.length);
        return withBom;
    }

    /** Students as a comma-separated file without BOM, in the usual column order. */
    static byte[] csv(StudentLine... students) {
        return csv(false, ',', StudentLine.HEADER,
                List.of(students).stream().map(s -> s.cells(StudentLine.HEADER)).toList());
    }

    /** Bytes that are no spreadsheet and no text, the same on every run. */
    static byte[] binary(byte[] magic, int length) {
        byte[] bytes = new byte[length];
        new Random(20260905L).nextBytes(bytes);
        System.arraycopy(magic, 0, bytes, 0, magic.length);
        return bytes;
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String quoted(String cell, char delimiter) {
        String value = cell == null ? "" : cell;
        if (value.indexOf(delimiter) < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }
}
