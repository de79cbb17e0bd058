package org.radcurate.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Strict UTF-8 decoding that skips a byte-order mark and reports the line of an invalid byte
 * sequence (counting newline bytes, which never occur inside a multi-byte sequence). It also
 * counts bytes consumed, for progress.
 */
final class Utf8Reader extends Reader {
    private final InputStream in;
    private final String file;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes = ByteBuffer.allocate(64 * 1024);
    private final CharBuffer chars = CharBuffer.allocate(64 * 1024);
    private long newlinesBefore;
    private long bytesRead;
    private boolean eof;
    private boolean first = true;

    Utf8Reader(InputStream in, String file) {
        this.in = in;
        this.file = file;
        bytes.flip();
        chars.flip();
    }

    long bytesRead() {
        return bytesRead;
    }

    @Override
    public int read(char[] buf, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        while (!chars.hasRemaining()) {
            if (eof && !bytes.hasRemaining()) {
                return -1;
            }
            fill();
        }
        int n = Math.min(len, chars.remaining());
        chars.get(buf, off, n);
        return n;
    }

    private void fill() throws IOException {
        if (!eof) {
            bytes.compact();
            int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
            if (n < 0) {
                eof = true;
            } else {
                bytes.position(bytes.position() + n);
                bytesRead += n;
            }
            bytes.flip();
            if (first && (bytes.remaining() >= 4 || eof)) {
                first = false;
                refuseUtf16();
                if (bytes.remaining() >= 3 && (bytes.get(0) & 0xFF) == 0xEF && (bytes.get(1) & 0xFF) == 0xBB
                        && (bytes.get(2) & 0xFF) == 0xBF) {
                    bytes.position(3);
                }
            }
        }
        chars.clear();
        int startPos = bytes.position();
        refuseNul(startPos);
        CoderResult result = decoder.decode(bytes, chars, eof);
        if (result.isError()) {
            countNewlines(startPos, bytes.position());
            throw new ImportException(file, newlinesBefore + 1, "",
                    "invalid UTF-8 byte sequence at byte " + (bytesRead - bytes.remaining() + 1)
                            + "; save the file as UTF-8");
        }
        if (eof && !bytes.hasRemaining()) {
            decoder.flush(chars);
        }
        countNewlines(startPos, bytes.position());
        chars.flip();
    }

    /** UTF-16 (with or without its byte-order mark) reads as text full of NULs: say what it is. */
    private void refuseUtf16() {
        int n = bytes.remaining();
        int b0 = n > 0 ? bytes.get(0) & 0xFF : -1;
        int b1 = n > 1 ? bytes.get(1) & 0xFF : -1;
        boolean bom = (b0 == 0xFF && b1 == 0xFE) || (b0 == 0xFE && b1 == 0xFF);
        boolean le = n >= 4 && b0 != 0 && b1 == 0 && bytes.get(2) != 0 && bytes.get(3) == 0;
        boolean be = n >= 4 && b0 == 0 && b1 != 0 && bytes.get(2) == 0 && bytes.get(3) != 0;
        if (bom || le || be) {
            throw new ImportException(file, 1, "", "the file is UTF-16 text; UTF-16 is not supported: save it as UTF-8");
        }
        boolean allNul = n > 0;
        for (int i = 0; i < n && allNul; i++) {
            allNul = bytes.get(i) == 0;
        }
        if (allNul) {
            throw new ImportException(file, 1, "", "the file holds only NUL bytes, not text");
        }
    }

    /** A NUL byte has no place in a report or an id; SQLite and other tools would cut the text there. */
    private void refuseNul(int from) {
        int line = 0;
        for (int i = from; i < bytes.limit(); i++) {
            byte b = bytes.get(i);
            if (b == '\n') {
                line++;
            } else if (b == 0) {
                long at = bytesRead - bytes.limit() + i + 1;
                throw new ImportException(file, newlinesBefore + line + 1, "", "a NUL byte (byte " + at
                        + ") is not text; remove it, or save the file as UTF-8 text if it is in another encoding");
            }
        }
    }

    private void countNewlines(int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes.get(i) == '\n') {
                newlinesBefore++;
            }
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
