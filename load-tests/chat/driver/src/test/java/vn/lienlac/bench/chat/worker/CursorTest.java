package vn.lienlac.bench.chat.worker;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CursorTest {

    @Test
    void acceptsTheNextNumberAndRejectsWhatItHasSeen() {
        Cursor cursor = new Cursor(40);
        assertEquals(Cursor.Arrival.NEXT, cursor.arrive(41));
        assertEquals(Cursor.Arrival.DUPLICATE, cursor.arrive(41));
        assertEquals(Cursor.Arrival.DUPLICATE, cursor.arrive(12));
        assertEquals(41, cursor.last());
    }

    @Test
    void countsASilentHole() {
        Cursor cursor = new Cursor(40);
        assertEquals(Cursor.Arrival.SKIPPED, cursor.arrive(44));
        assertEquals(3, cursor.skipped());
    }

    @Test
    void aHoleTheServerAnnouncedIsNoSilentHole() {
        Cursor cursor = new Cursor(0);
        cursor.gapAnnounced(1201);
        assertEquals(Cursor.Arrival.ANNOUNCED_GAP, cursor.arrive(1201));
        assertEquals(1200, cursor.skipped());
    }

    @Test
    void isBehindWhenSyncedOrOthersReportedMoreThanItReceived() {
        Cursor cursor = new Cursor(5);
        cursor.expect(8);
        assertEquals(3, cursor.behind(0));
        assertEquals(5, cursor.behind(10));
        cursor.arrive(6);
        cursor.arrive(7);
        cursor.arrive(8);
        assertEquals(0, cursor.behind(8));
    }
}
