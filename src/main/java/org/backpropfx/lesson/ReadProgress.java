package org.backpropfx.lesson;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.DoubleConsumer;

/**
 * How far reading a lesson has come, as a fraction from 0 to 1, told to whoever shows it. Reading has
 * three stages of roughly known cost (the bytes, the JSON text, the samples); each reports within its
 * own share, so the fraction only grows.
 */
final class ReadProgress {
    /** Shares of the whole: reading the bytes ends at 10 %, parsing the text at 60 %, the rest is the samples. */
    static final double BYTES_READ = 0.10;
    static final double TEXT_PARSED = 0.60;

    static final DoubleConsumer NONE = fraction -> { };

    private ReadProgress() {}

    /** {@code progress} told {@code from} + part × ({@code to} − {@code from}) for each part from 0 to 1. */
    static DoubleConsumer within(DoubleConsumer progress, double from, double to) {
        if (progress == NONE) return NONE;
        return part -> progress.accept(from + Math.max(0, Math.min(1, part)) * (to - from));
    }

    /** {@code bytes}, telling {@code progress} the fraction of {@code length} read so far. */
    static InputStream counting(InputStream bytes, long length, DoubleConsumer progress) {
        if (progress == NONE || length <= 0) return bytes;
        return new FilterInputStream(bytes) {
            private long read;

            @Override
            public int read() throws IOException {
                int b = super.read();
                if (b >= 0) told(1);
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int count) throws IOException {
                int n = super.read(buffer, offset, count);
                if (n > 0) told(n);
                return n;
            }

            private void told(int n) {
                read += n;
                progress.accept((double) read / length);
            }
        };
    }
}
