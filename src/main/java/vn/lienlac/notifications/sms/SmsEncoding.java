package vn.lienlac.notifications.sms;

/** How an SMS template wants its text sent. */
public enum SmsEncoding {
    /** Transliterated to the GSM-7 alphabet (no diacritics): 160 characters in one SMS, 153 per part. */
    GSM7,
    /** As written, with diacritics (UCS-2 unless the text happens to be GSM-7 only): 70 characters, 67 per part. */
    UNICODE
}
