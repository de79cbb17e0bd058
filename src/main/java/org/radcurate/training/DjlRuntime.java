package org.radcurate.training;

import ai.djl.Device;
import ai.djl.engine.Engine;
import ai.djl.pytorch.jni.JniUtils;

/**
 * The one place that touches DJL's engine. Loading this class switches DJL to offline mode before
 * any engine exists: the PyTorch natives come from the pytorch-native jar on the class path
 * (extracted to ~/.djl.ai or DJL_CACHE_DIR), never from the network. It also caps PyTorch's CPU
 * threads at half the cores unless {@code ai.djl.pytorch.num_threads} is set: OpenMP threads that
 * spin-wait slow to a crawl when other processes want the same cores (measured on a shared 2-core
 * machine: one thread trained an epoch in a steady 5 s, two threads in 3.6 to 85 s).
 */
final class DjlRuntime {
    static final String ENGINE = "PyTorch";
    /** Set to "cpu" to keep training off the GPU even when one is found. */
    static final String DEVICE_PROPERTY = "radcurate.training.device";
    /** DJL's own property for PyTorch's intra-op CPU threads. */
    static final String THREADS_PROPERTY = "ai.djl.pytorch.num_threads";

    static {
        if (System.getProperty("ai.djl.offline") == null) {
            System.setProperty("ai.djl.offline", "true");
        }
        if (System.getProperty(THREADS_PROPERTY) == null) {
            int threads = Math.max(1, Runtime.getRuntime().availableProcessors() / 2);
            System.setProperty(THREADS_PROPERTY, Integer.toString(threads));
        }
    }

    private DjlRuntime() {}

    static Engine engine() {
        return Engine.getEngine(ENGINE);
    }

    static Device device(DeviceInfo info) {
        return info.isGpu() ? Device.gpu(0) : Device.cpu();
    }

    /**
     * PyTorch's grad mode is per thread and on by default; DJL switches it off only on the thread
     * that loaded the engine. Training and prediction may run on any worker thread, so each entry
     * point calls this first: in-place weight updates need it off, and inference builds no graph.
     */
    static void gradientsOff() {
        engine();
        JniUtils.setGradMode(false);
    }

    /** Seeds PyTorch's generator (initial weights, dropout) and keeps runs repeatable. */
    static void seed(long seed) {
        engine().setRandomSeed((int) (seed ^ (seed >>> 32)));
    }
}
