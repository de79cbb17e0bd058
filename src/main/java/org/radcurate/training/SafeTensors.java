package org.radcurate.training;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads Hugging Face's safetensors weights (an 8-byte little-endian header length, a JSON header of
 * name to dtype, shape and offsets, then raw little-endian data) with DJL's own decoder
 * ({@code NDList.decode}), and hands the floating-point tensors on as float32, the type the student
 * trains in; integer buffers such as BERT's position_ids are not weights and are skipped. The header
 * length is checked first, so a file that is not safetensors at all gets an error that says so
 * rather than DJL's guess at another format.
 */
final class SafeTensors {
    private static final long MAX_HEADER = 100L << 20;

    /** One tensor, row-major float32. */
    record Tensor(long[] shape, float[] data) {}

    private SafeTensors() {}

    static Map<String, Tensor> read(Path file) throws IOException {
        checkHeader(file);
        Map<String, Tensor> out = new LinkedHashMap<>();
        try (NDManager manager = NDManager.newBaseManager(ai.djl.Device.cpu(), DjlRuntime.ENGINE);
                InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            NDList arrays = NDList.decode(manager, in);
            for (NDArray a : arrays) {
                if (a.getDataType().isFloating()) {
                    NDArray f = a.getDataType() == DataType.FLOAT32 ? a : a.toType(DataType.FLOAT32, false);
                    out.put(a.getName(), new Tensor(a.getShape().getShape(), f.toFloatArray()));
                }
            }
        } catch (IOException | RuntimeException e) {
            throw new IOException(file + " is not a readable safetensors file: " + e.getMessage(), e);
        }
        return out;
    }

    private static void checkHeader(Path file) throws IOException {
        long size = Files.size(file);
        byte[] first = new byte[8];
        try (InputStream in = Files.newInputStream(file)) {
            if (in.readNBytes(first, 0, 8) != 8) {
                throw new IOException(file + " is not a readable safetensors file: shorter than its 8-byte header length");
            }
        }
        long headerLength = ByteBuffer.wrap(first).order(ByteOrder.LITTLE_ENDIAN).getLong();
        if (headerLength <= 0 || headerLength > MAX_HEADER || 8 + headerLength > size) {
            throw new IOException(file + " is not a readable safetensors file: header length " + headerLength
                    + " does not fit a file of " + size + " bytes");
        }
    }
}
