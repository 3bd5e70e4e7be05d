package dev.mlidea.bot.sandbox;

import java.util.Arrays;

/** The picture in an upload's body, whether the SDK sent the bytes bare or wrapped in a multipart form. */
final class SandboxFiles {
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final byte[] IEND = {'I', 'E', 'N', 'D'};

    private SandboxFiles() {}

    static byte[] png(byte[] body) {
        int start = indexOf(body, PNG, 0);
        if (start < 0) return body;
        int end = indexOf(body, IEND, start);
        // IEND is followed by its 4-byte CRC: the image ends there, whatever the form puts after it.
        return end < 0 ? Arrays.copyOfRange(body, start, body.length) : Arrays.copyOfRange(body, start, end + 8);
    }

    private static int indexOf(byte[] data, byte[] pattern, int from) {
        outer:
        for (int i = from; i <= data.length - pattern.length; i++) {
            for (int j = 0; j < pattern.length; j++) if (data[i + j] != pattern[j]) continue outer;
            return i;
        }
        return -1;
    }
}
