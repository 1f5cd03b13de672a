package vn.lienlac.directory.importing.table;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.util.ZipInputStreamZipEntrySource;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.jboss.logging.Logger;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import vn.lienlac.platform.error.ApiException;
import vn.lienlac.platform.error.ErrorCode;

/**
 * The first worksheet of an XLSX workbook, read with POI's streaming SAX API ({@link XSSFReader} +
 * {@link XSSFSheetXMLHandler}) so that the sheet is never held as a DOM; only the shared strings table is kept
 * in memory. Cached formula results are read, not formulas. Numbers and dates are turned into text by
 * {@link CellTextFormatter}. Limitation: workbooks in the 1904 date system (old Mac Excel) are read as 1900-based.
 * POI's zip-bomb guards ({@code ZipSecureFile}) stay at their defaults.
 */
public final class XlsxTableSource implements TableSource {

    private static final Logger LOG = Logger.getLogger(XlsxTableSource.class);

    static {
        // OPCPackage.open(InputStream) unpacks every entry; those over 1 MB go to (encrypted) temp files instead
        // of the heap, so that a large workbook is never held in memory whole.
        ZipInputStreamZipEntrySource.setThresholdBytesForTempFiles(1024 * 1024);
    }

    @Override
    public void read(InputStream in, RowSink sink) {
        OPCPackage pkg = null;
        try {
            pkg = OPCPackage.open(in);
            var reader = new XSSFReader(pkg);
            var strings = new ReadOnlySharedStringsTable(pkg, false);
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new ApiException(ErrorCode.UNREADABLE_FILE, "Tệp XLSX không có trang tính nào.");
            }
            try (InputStream sheet = sheets.next()) {
                XMLReader xml = XMLHelper.newXMLReader();
                xml.setContentHandler(new XSSFSheetXMLHandler(
                        reader.getStylesTable(), strings, new RowCollector(sink), new CellTextFormatter(), false));
                xml.parse(new InputSource(sheet));
            }
        } catch (ApiException e) {
            throw e;
        } catch (SAXException e) {
            if (e.getException() instanceof ApiException fromSink) {
                throw fromSink;
            }
            throw unreadable(e);
        } catch (IOException | OpenXML4JException | ParserConfigurationException | RuntimeException e) {
            // POI reports a damaged or non-XLSX file with a variety of exceptions; all mean the same to the user.
            throw unreadable(e);
        } finally {
            if (pkg != null) {
                pkg.revert();
            }
        }
    }

    private static ApiException unreadable(Exception cause) {
        LOG.debugf("Unreadable XLSX: %s", cause.toString());
        return new ApiException(ErrorCode.UNREADABLE_FILE);
    }

    /** Gathers the cells of each row (the sheet XML lists only non-empty cells) and hands the row on. */
    private static final class RowCollector implements SheetContentsHandler {

        private final RowSink sink;
        private List<String> cells = new ArrayList<>();

        RowCollector(RowSink sink) {
            this.sink = sink;
        }

        @Override
        public void startRow(int rowIndex) {
            cells = new ArrayList<>();
        }

        @Override
        public void endRow(int rowIndex) {
            sink.accept(new SheetRow(rowIndex + 1, cells));
        }

        @Override
        public void cell(String reference, String formattedValue, XSSFComment comment) {
            int column = reference == null ? cells.size() : new CellReference(reference).getCol();
            while (cells.size() <= column) {
                cells.add(null);
            }
            cells.set(column, formattedValue);
        }
    }
}
