package org.radcurate.training;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads Hugging Face's safetensors format: an 8-byte little-endian header length, a JSON header
 * mapping each tensor name to its dtype, shape and [begin, end) byte offsets into the data that
 * follows, then raw little-endian data. About 80 lines, so no library (and no native code) is needed;
 * F32, F16, BF16 and F64 tensors are widened or narrowed to float32, the type DJL trains in; integer
 * tensors are skipped.
 */
final class SafeTensors {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long MAX_HEADER = 100L << 20;
    private static final java.util.Set<String> FLOATS = java.util.Set.of("F32", "F16", "BF16", "F64");

    /** One tensor, row-major float32. */
    record Tensor(long[] shape, float[] data) {}

    private SafeTensors() {}

    static Map<String, Tensor> read(Path file) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer len = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN);
            if (ch.read(len, 0) != 8) {
                throw bad(file, "shorter than its 8-byte header length");
            }
            long headerLength = len.flip().getLong();
            if (headerLength <= 0 || headerLength > MAX_HEADER || 8 + headerLength > ch.size()) {
                throw bad(file, "header length " + headerLength + " does not fit a file of " + ch.size() + " bytes");
            }
            ByteBuffer header = ByteBuffer.allocate((int) headerLength);
            ch.read(header, 8);
            JsonNode root = JSON.readTree(new String(header.array(), StandardCharsets.UTF_8));
            long dataStart = 8 + headerLength;
            Map<String, Tensor> out = new LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> e = it.next();
                // integer buffers such as BERT's position_ids are not weights
                if (!"__metadata__".equals(e.getKey()) && FLOATS.contains(e.getValue().path("dtype").asText())) {
                    out.put(e.getKey(), tensor(file, ch, dataStart, e.getKey(), e.getValue()));
                }
            }
            return out;
        }
    }

    private static Tensor tensor(Path file, FileChannel ch, long dataStart, String name, JsonNode spec)
            throws IOException {
        String dtype = spec.path("dtype").asText();
        JsonNode shapeNode = spec.path("shape");
        JsonNode offsets = spec.path("data_offsets");
        if (!shapeNode.isArray() || !offsets.isArray() || offsets.size() != 2) {
            throw bad(file, "tensor " + name + " lacks a shape or data_offsets");
        }
        long[] shape = new long[shapeNode.size()];
        long count = 1;
        for (int i = 0; i < shape.length; i++) {
            shape[i] = shapeNode.get(i).asLong();
            count *= shape[i];
        }
        int width = switch (dtype) {
            case "F32" -> 4;
            case "F16", "BF16" -> 2;
            case "F64" -> 8;
            default -> throw bad(file, "tensor " + name + " has dtype " + dtype + "; only F32, F16, BF16 and F64 "
                    + "weights are read");
        };
        long begin = offsets.get(0).asLong();
        long end = offsets.get(1).asLong();
        if (end - begin != count * width || dataStart + end > ch.size() || count > Integer.MAX_VALUE) {
            throw bad(file, "tensor " + name + " has offsets [" + begin + ", " + end + ") that do not fit its shape "
                    + java.util.Arrays.toString(shape) + " of " + dtype);
        }
        ByteBuffer raw = ch.map(FileChannel.MapMode.READ_ONLY, dataStart + begin, end - begin)
                .order(ByteOrder.LITTLE_ENDIAN);
        float[] data = new float[(int) count];
        for (int i = 0; i < data.length; i++) {
            data[i] = switch (dtype) {
                case "F32" -> raw.getFloat();
                case "F64" -> (float) raw.getDouble();
                case "BF16" -> Float.intBitsToFloat((raw.getShort() & 0xffff) << 16);
                default -> halfToFloat(raw.getShort());
            };
        }
        return new Tensor(shape, data);
    }

    /** IEEE 754 half precision to float (Float.float16ToFloat arrived only in Java 20). */
    static float halfToFloat(short bits) {
        int sign = (bits & 0x8000) << 16;
        int exponent = (bits >>> 10) & 0x1f;
        int mantissa = bits & 0x3ff;
        if (exponent == 0x1f) {
            return Float.intBitsToFloat(sign | 0x7f800000 | (mantissa << 13));
        }
        if (exponent == 0) {
            float value = mantissa * 0x1p-24f;
            return sign == 0 ? value : -value;
        }
        return Float.intBitsToFloat(sign | ((exponent + 112) << 23) | (mantissa << 13));
    }

    private static IOException bad(Path file, String why) {
        return new IOException(file + " is not a readable safetensors file: " + why);
    }
}
